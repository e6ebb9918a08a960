package tui

import (
	"strings"

	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"coach/domain"
	"coach/sanitize"
)

// textInput is one line of text (a title, a date, a number, tags). It
// shows stored text neutralised and gives back what the user left alone
// as it was stored (stored_text.go).
type textInput struct {
	model  textinput.Model
	stored storedText
	hint   string // shown under the line while typing
	empty  string // shown faint while the line is empty: the hint, or what empty means
}

func newTextInput(value, hint string, limit int) *textInput {
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = limit
	t := &textInput{model: in, hint: hint, empty: hint}
	t.restore(value, 0)
	return t
}

// newTextField is a field of one line of text; hint says what it takes.
func newTextField(label, value, hint string, limit int) *field {
	return &field{label: label, input: newTextInput(value, hint, limit)}
}

// newDateField is a text field for a day; hint shows the forms it takes
// (domain.ParseDate reads them when the form is saved).
func newDateField(label, value, hint string) *field {
	return newTextField(label, value, hint, 20)
}

func (t *textInput) update(msg tea.Msg, _ keyMap) tea.Cmd {
	if p, ok := msg.(tea.PasteMsg); ok {
		p.Content = sanitize.Line(p.Content)
		msg = p
	}
	var cmd tea.Cmd
	t.model, cmd = t.model.Update(msg)
	return cmd
}

func (t *textInput) focus() tea.Cmd  { return t.model.Focus() }
func (t *textInput) blur()           { t.model.Blur() }
func (t *textInput) state() string   { return t.model.Value() }
func (t *textInput) value() string   { return t.stored.text(t.model.Value()) }
func (t *textInput) multiline() bool { return false }
func (t *textInput) typing() bool    { return true }
func (t *textInput) summary() string { return t.model.Value() }
func (t *textInput) restyle(dark bool) {
	t.model.SetStyles(inputStyles(dark))
}

func (t *textInput) draft() (string, int) { return t.value(), 0 }

// restore puts stored text in the input, shown neutralised.
func (t *textInput) restore(text string, _ int) {
	t.stored = newStoredText(text, false)
	t.model.SetValue(t.stored.shown)
	t.stored = t.stored.holding(t.model.Value())
}

func (t *textInput) setSize(w, _ int) {
	t.model.SetWidth(w)
	// SetWidth keeps the scroll offset of the old width: a form filled
	// before the window's size (a draft brought back at start) would show
	// its text cut at the front
	t.model.SetCursor(t.model.Position())
}

// view draws the input, with its placeholder while it is empty.
func (t *textInput) view(st *styles, _ bool) string {
	return rfInputView(st, t.model, t.empty)
}

func (t *textInput) below(focused bool) string {
	if focused && t.model.Value() != "" {
		return t.hint
	}
	return ""
}

// tagsInput is a line of tags separated by commas. Left as it opened, it
// gives back the tags as they were, unsplit and unjoined.
type tagsInput struct {
	*textInput
	kept   []string
	opened string
}

func newTagsField(label string, tags []string, hint string) *field {
	in := newTextInput(strings.Join(tags, ", "), hint, domain.MaxTags*(domain.MaxTag+2))
	return &field{label: label, input: &tagsInput{textInput: in, kept: tags, opened: in.state()}}
}

// tags is the field's tags: those it opened with, unless the user edited
// them.
func (t *tagsInput) tags() []string {
	if t.state() == t.opened {
		return t.kept
	}
	return domain.SplitTags(t.value())
}

// areaInput is text of several lines; enter is a new line.
type areaInput struct {
	model  textarea.Model
	stored storedText
}

func newAreaInput(value, hint string, limit int) *areaInput {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = ""
	ta.Placeholder = hint
	ta.CharLimit = limit
	ta.MaxHeight = 0 // the domain limits the text; a cap on lines would drop some silently
	ta.SetHeight(3)
	a := &areaInput{model: ta}
	a.restore(value, 0)
	return a
}

// newAreaField is a field of several lines; limit 0 leaves the length to
// the domain's check.
func newAreaField(label, value, hint string, limit int) *field {
	return &field{label: label, input: newAreaInput(value, hint, limit)}
}

func (a *areaInput) update(msg tea.Msg, _ keyMap) tea.Cmd {
	if p, ok := msg.(tea.PasteMsg); ok {
		p.Content = sanitize.Block(p.Content)
		msg = p
	}
	var cmd tea.Cmd
	a.model, cmd = a.model.Update(msg)
	return cmd
}

func (a *areaInput) focus() tea.Cmd            { return a.model.Focus() }
func (a *areaInput) blur()                     { a.model.Blur() }
func (a *areaInput) state() string             { return a.model.Value() }
func (a *areaInput) value() string             { return a.stored.text(a.model.Value()) }
func (a *areaInput) multiline() bool           { return true }
func (a *areaInput) typing() bool              { return true }
func (a *areaInput) view(*styles, bool) string { return a.model.View() }
func (a *areaInput) below(bool) string         { return "" }
func (a *areaInput) draft() (string, int)      { return a.value(), 0 }
func (a *areaInput) restyle(dark bool)         { a.model.SetStyles(areaStyles(dark)) }
func (a *areaInput) untouched() bool           { return a.model.Value() == a.stored.shown }
func (a *areaInput) summary() string           { return rfFirstLine(a.model.Value()) }
func (a *areaInput) setSize(w, h int)          { a.model.SetWidth(w); a.model.SetHeight(max(h, 1)) }

// restore puts stored text in the area, shown neutralised.
func (a *areaInput) restore(text string, _ int) {
	a.stored = newStoredText(text, true)
	a.model.SetValue(a.stored.shown)
	a.stored = a.stored.holding(a.model.Value())
}
