package tui

import (
	"coach/domain"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// formAction is what a key did to a form.
type formAction int

const (
	formEditing formAction = iota
	formSubmit
	formCancel
)

// form is every form of the app: the task, goal and check-in forms and
// the reflection and review forms. It holds the fields (field_*.go), the
// focus, an error under each field and one for the whole form, and lays
// them out in its size (field_layout.go).
//
// One rule for every form, as the help line says (saveKey, saveKeys):
// ctrl+s submits from any field, enter submits from a field of one line
// and is a new line in a field of several; tab/shift+tab move, esc
// cancels. ↑/↓ move from a choice or a rating. A field's error goes when
// the user changes it, the form's error when they change any field.
type form struct {
	title  string
	fields []*field
	focus  int
	err    string
	width  int
	height int // 0: no limit; a taller form folds its areas, then scrolls
	sh     *shared
	// onChange runs after field index changed, so linked fields can follow.
	onChange func(f *form, index int)
	restored bool // filled from a draft: unsaved even before a key

	// Worked out by layout.
	compact    bool // short of room: only the focused area is open
	gaps       bool // room for a blank line before each field
	labelWidth int  // the column of labels before one-line inputs
}

func newForm(sh *shared, title string, fields ...*field) *form {
	f := &form{sh: sh, title: title, fields: fields}
	for _, fl := range fields {
		fl.input.restyle(sh.styles.isDark)
		fl.opened = fl.input.state()
	}
	f.setFocus(0)
	return f
}

// focused is the field that has the keys.
func (f *form) focused() *field { return f.fields[f.focus] }

// changed reports whether the user changed any field.
func (f *form) changed() bool {
	if f.restored {
		return true
	}
	for _, fl := range f.fields {
		if fl.changed() {
			return true
		}
	}
	return false
}

// setFocus moves the keys to field i, going round at either end.
func (f *form) setFocus(i int) tea.Cmd {
	n := len(f.fields)
	f.focus = (i%n + n) % n
	var cmd tea.Cmd
	for j, fl := range f.fields {
		if j == f.focus {
			cmd = fl.input.focus()
		} else {
			fl.input.blur()
		}
	}
	f.layout()
	return cmd
}

// blur takes the keys away from every field (the form is closed).
func (f *form) blur() {
	for _, fl := range f.fields {
		fl.input.blur()
	}
}

// SetSize gives the form its width and height (0: no limit).
func (f *form) SetSize(w, h int) {
	f.width, f.height = w, h
	f.layout()
}

// restyle follows a change of the terminal's background.
func (f *form) restyle(dark bool) {
	for _, fl := range f.fields {
		fl.input.restyle(dark)
	}
}

// setErr shows msg for the whole form; the layout makes room for it.
func (f *form) setErr(msg string) {
	f.err = msg
	f.layout()
}

// Update handles a message and says whether the form was submitted or
// cancelled. Keys the form does not take, pastes and the inputs' own
// messages go to the focused field.
func (f *form) Update(msg tea.Msg) (formAction, tea.Cmd) {
	k := f.sh.keys
	cur := f.focused()
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(km, k.Cancel):
			return formCancel, nil
		case key.Matches(km, k.SaveMultiline):
			return formSubmit, nil
		case key.Matches(km, k.NextField):
			return formEditing, f.setFocus(f.focus + 1)
		case key.Matches(km, k.PrevField):
			return formEditing, f.setFocus(f.focus - 1)
		case key.Matches(km, k.Save) && !cur.input.multiline():
			return formSubmit, nil
		case !cur.input.typing() && key.Matches(km, k.Down):
			return formEditing, f.setFocus(f.focus + 1)
		case !cur.input.typing() && key.Matches(km, k.Up):
			return formEditing, f.setFocus(f.focus - 1)
		}
	}
	before := cur.input.state()
	cmd := cur.input.update(msg, k)
	if cur.input.state() != before {
		cur.err, f.err = "", ""
		if f.onChange != nil {
			f.onChange(f, f.focus)
		}
		f.layout()
	}
	return formEditing, cmd
}

// saveKey is the key that saves from the focused field, for the help
// line: enter on a line, ctrl+s in an area (where enter is a new line).
func (f *form) saveKey() key.Binding {
	if f.focused().input.multiline() {
		return f.sh.keys.SaveMultiline
	}
	return f.sh.keys.Save
}

// help is a form's help line: next field, ←/→ only where the focused
// field is a choice, the key that saves from it, and cancel.
func (f *form) help() []key.Binding {
	k := f.sh.keys
	out := []key.Binding{k.NextField}
	if _, ok := f.focused().input.(*choiceInput); ok {
		out = append(out, k.Choice)
	}
	return append(out, f.saveKey(), k.Cancel)
}

// saveKeys is the whole rule, for the full help: enter saves, ctrl+s saves
// from any field, and in a form with an area, enter there is a new line.
func (f *form) saveKeys() []key.Binding {
	k := f.sh.keys
	out := []key.Binding{k.Save, k.SaveAnyField}
	for _, fl := range f.fields {
		if fl.input.multiline() {
			return append(out, k.NewLine)
		}
	}
	return out
}

// paste gives pasted text to the focused field.
func (f *form) paste(msg tea.PasteMsg) tea.Cmd {
	_, cmd := f.Update(msg)
	return cmd
}

// View draws the form under its title.
func (f *form) View() string {
	return clampWidth(strings.Join(f.lines(f.title), "\n"), f.width)
}

// formMaxWidth is the widest a task or goal form is drawn.
const formMaxWidth = 80

// recordForm is a form that reads its fields into a record of type T.
type recordForm[T any] interface {
	Update(tea.Msg) (formAction, tea.Cmd)
	result(today domain.Date) (T, bool)
	focusFirstError() tea.Cmd
}

// submitForm gives an open form a key. esc closes it; a submit whose
// fields are good closes it and returns save's command, one with errors
// moves the focus to the first.
func submitForm[T any](f recordForm[T], msg tea.KeyPressMsg, today domain.Date, save func(T) tea.Cmd) (closed bool, cmd tea.Cmd) {
	action, cmd := f.Update(msg)
	switch action {
	case formCancel:
		return true, nil
	case formSubmit:
		v, ok := f.result(today)
		if !ok {
			return false, f.focusFirstError()
		}
		return true, save(v)
	}
	return false, cmd
}

// clearErrors forgets what the last check found, before the next one.
func (f *form) clearErrors() {
	f.err = ""
	for _, fl := range f.fields {
		fl.err = ""
	}
}

// hasErrors reports whether any field or the form itself shows an error.
func (f *form) hasErrors() bool {
	if f.err != "" {
		return true
	}
	for _, fl := range f.fields {
		if fl.err != "" {
			return true
		}
	}
	return false
}

// focusFirstError moves the focus to the first field with an error; the
// layout makes room for the errors either way.
func (f *form) focusFirstError() tea.Cmd {
	for i, fl := range f.fields {
		if fl.err != "" {
			return f.setFocus(i)
		}
	}
	f.layout()
	return nil
}

func indentLines(s, prefix string) string {
	lines := strings.Split(s, "\n")
	for i := range lines {
		lines[i] = prefix + lines[i]
	}
	return strings.Join(lines, "\n")
}

// clampWidth cuts every line of s to width columns (0 means no limit).
func clampWidth(s string, width int) string {
	if width <= 0 {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if lipgloss.Width(l) > width {
			lines[i] = ansi.Truncate(l, width, "…")
		}
	}
	return strings.Join(lines, "\n")
}
