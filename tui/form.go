package tui

import (
	"coach/domain"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// fieldKind is the editor a form field uses.
type fieldKind int

const (
	textField   fieldKind = iota // one line
	areaField                    // several lines; enter is a new line
	choiceField                  // one of a few options, ←/→ to change
)

// field is one labelled input of a form.
type field struct {
	label   string
	hint    string
	kind    fieldKind
	input   textinput.Model
	area    textarea.Model
	options []string // shown labels of a choice
	choice  int
	err     string
	stored  storedText // the text as stored, shown neutralised by the input
	choice0 int        // the choice when opened
}

func newTextField(label, value, hint string, limit int) *field {
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = limit
	in.Placeholder = hint
	f := &field{label: label, hint: hint, kind: textField, input: in}
	f.setText(value)
	return f
}

func newAreaField(label, value, hint string) *field {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = ""
	ta.Placeholder = hint
	ta.MaxHeight = 0 // the domain limits the text; a cap on lines would drop some silently
	ta.SetHeight(3)
	f := &field{label: label, hint: hint, kind: areaField, area: ta}
	f.setText(value)
	return f
}

// setText puts text in the input, shown neutralised and kept as it is.
func (f *field) setText(text string) {
	if f.kind == areaField {
		f.stored = newStoredText(text, true)
		f.area.SetValue(f.stored.shown)
		f.stored = f.stored.holding(f.area.Value())
		return
	}
	f.stored = newStoredText(text, false)
	f.input.SetValue(f.stored.shown)
	f.stored = f.stored.holding(f.input.Value())
}

func newChoiceField(label string, options []string, choice int) *field {
	choice = max(0, min(choice, len(options)-1))
	return &field{label: label, kind: choiceField, options: options, choice: choice, choice0: choice}
}

// value is the field's text, as stored where the user left it alone, or
// the chosen option for a choice.
func (f *field) value() string {
	if f.kind == choiceField {
		return f.options[f.choice]
	}
	return f.stored.text(f.shown())
}

// shown is what the input holds.
func (f *field) shown() string {
	if f.kind == areaField {
		return f.area.Value()
	}
	return f.input.Value()
}

// unchanged reports that the user left the field as it was opened.
func (f *field) unchanged() bool {
	if f.kind == choiceField {
		return f.choice == f.choice0
	}
	return f.shown() == f.stored.shown
}

// changed reports whether the user changed any field.
func (f *form) changed() bool {
	if f.restored {
		return true
	}
	for _, fl := range f.fields {
		if !fl.unchanged() {
			return true
		}
	}
	return false
}

// formAction is what a key did to a form.
type formAction int

const (
	formEditing formAction = iota
	formSubmit
	formCancel
)

// form is a stack of fields with a title and an optional form-level error.
// tab/shift+tab move, enter submits (a new line in a multi-line field),
// ctrl+s submits anywhere, esc cancels.
type form struct {
	title  string
	fields []*field
	focus  int
	err    string
	width  int
	height int // 0: no limit; taller forms scroll to the focused field
	sh     *shared
	// onChange runs after a choice changes, so linked fields can follow.
	onChange func(f *form, index int)
	restored bool // filled from a draft: unsaved even before a key
}

func newForm(sh *shared, title string, fields ...*field) *form {
	f := &form{sh: sh, title: title, fields: fields}
	for _, fl := range fields {
		switch fl.kind {
		case textField:
			fl.input.SetStyles(inputStyles(sh.styles.isDark))
		case areaField:
			fl.area.SetStyles(areaStyles(sh.styles.isDark))
		}
	}
	f.setFocus(0)
	return f
}

func (f *form) setFocus(i int) tea.Cmd {
	f.focus = (i + len(f.fields)) % len(f.fields)
	var cmd tea.Cmd
	for j, fl := range f.fields {
		switch fl.kind {
		case textField:
			if j == f.focus {
				cmd = fl.input.Focus()
			} else {
				fl.input.Blur()
			}
		case areaField:
			if j == f.focus {
				cmd = fl.area.Focus()
			} else {
				fl.area.Blur()
			}
		}
	}
	return cmd
}

// SetSize sizes the inputs to the form's width and keeps its height.
func (f *form) SetSize(w, h int) {
	f.width, f.height = w, h
	inner := max(w-4, 10)
	for _, fl := range f.fields {
		switch fl.kind {
		case textField:
			fl.input.SetWidth(inner)
			// SetWidth keeps the scroll offset of the old width: a form
			// filled before the window's size (a draft brought back at
			// start) would show its text cut at the front
			fl.input.SetCursor(fl.input.Position())
		case areaField:
			fl.area.SetWidth(inner)
		}
	}
}

// Update handles a key and says whether the form was submitted or cancelled.
func (f *form) Update(msg tea.Msg) (formAction, tea.Cmd) {
	k := f.sh.keys
	cur := f.fields[f.focus]
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
		case key.Matches(km, k.Save) && cur.kind != areaField:
			return formSubmit, nil
		case cur.kind == choiceField:
			switch {
			case key.Matches(km, k.ChoicePrev):
				cur.choice = (cur.choice + len(cur.options) - 1) % len(cur.options)
			case key.Matches(km, k.ChoiceNext):
				cur.choice = (cur.choice + 1) % len(cur.options)
			case key.Matches(km, k.Down):
				return formEditing, f.setFocus(f.focus + 1)
			case key.Matches(km, k.Up):
				return formEditing, f.setFocus(f.focus - 1)
			default:
				return formEditing, nil
			}
			cur.err = ""
			if f.onChange != nil {
				f.onChange(f, f.focus)
			}
			return formEditing, nil
		}
	}
	var cmd tea.Cmd
	switch cur.kind {
	case textField:
		before := cur.input.Value()
		cur.input, cmd = cur.input.Update(msg)
		if cur.input.Value() != before {
			cur.err = ""
		}
	case areaField:
		before := cur.area.Value()
		cur.area, cmd = cur.area.Update(msg)
		if cur.area.Value() != before {
			cur.err = ""
		}
	}
	return formEditing, cmd
}

// View draws the form within its width.
func (f *form) View() string {
	st := f.sh.styles
	var b strings.Builder
	b.WriteString(st.Heading.Render(f.title) + "\n")
	focusStart, focusEnd := 0, 0 // lines of the focused field
	for i, fl := range f.fields {
		if i == f.focus {
			focusStart = strings.Count(b.String(), "\n")
		}
		label := st.Label
		marker := "  "
		if i == f.focus {
			label = st.FocusedLabel
			marker = st.Cursor.Render("▌ ")
		}
		b.WriteString("\n" + marker + label.Render(fl.label) + "\n")
		switch fl.kind {
		case textField:
			b.WriteString(indentLines(fl.input.View(), "  ") + "\n")
		case areaField:
			b.WriteString(indentLines(fl.area.View(), "  ") + "\n")
		case choiceField:
			b.WriteString("  " + f.choiceView(fl, i == f.focus) + "\n")
		}
		if fl.err != "" {
			b.WriteString("  " + st.FieldError.Render("✗ "+fl.err) + "\n")
		} else if i == f.focus && fl.hint != "" && fl.kind == textField && fl.input.Value() != "" {
			b.WriteString("  " + st.Faint.Render(fl.hint) + "\n")
		}
		if i == f.focus {
			focusEnd = strings.Count(b.String(), "\n")
		}
	}
	if f.err != "" {
		b.WriteString("\n" + st.Error.Render("✗ "+f.err) + "\n")
	}
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	return clampWidth(strings.Join(f.window(lines, focusStart, focusEnd), "\n"), f.width)
}

// window keeps a form taller than its height scrolled so that the focused
// field, its error included, is in view; the form-level error stays last.
func (f *form) window(lines []string, focusStart, focusEnd int) []string {
	if f.height <= 0 || len(lines) <= f.height {
		return lines
	}
	top := max(0, min(focusEnd-f.height, len(lines)-f.height))
	top = min(top, focusStart)
	return lines[top : top+f.height]
}

func (f *form) choiceView(fl *field, focused bool) string {
	st := f.sh.styles
	parts := make([]string, len(fl.options))
	for i, o := range fl.options {
		if i == fl.choice {
			if focused {
				parts[i] = st.Selected.Render(" " + o + " ")
			} else {
				parts[i] = st.Title.Render(" " + o + " ")
			}
		} else {
			parts[i] = st.Muted.Render(" " + o + " ")
		}
	}
	line := strings.Join(parts, "")
	if lipgloss.Width(line) <= f.width-2 || f.width == 0 {
		return line
	}
	// Too wide for every option: show the chosen one between arrows.
	return st.Muted.Render("◀ ") + st.Selected.Render(" "+fl.options[fl.choice]+" ") + st.Muted.Render(" ▶")
}

// hasErrors reports whether any field or the form itself shows an error.
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

// focusFirstError moves the focus to the first field with an error.
func (f *form) focusFirstError() tea.Cmd {
	for i, fl := range f.fields {
		if fl.err != "" {
			return f.setFocus(i)
		}
	}
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
