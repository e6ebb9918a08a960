package tui

import (
	"strings"

	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"coach/domain"
	"coach/sanitize"
)

// inputModel is what a text field needs of its bubbles input (textinput
// for one line, textarea for several); P is the pointer to the model M.
type inputModel[M any] interface {
	*M
	Update(tea.Msg) (M, tea.Cmd)
	Value() string
	SetValue(string)
	Focus() tea.Cmd
	Blur()
	View() string
}

// textBox is the part the text fields share: the input and the stored
// text behind it. It shows stored text neutralised and gives back what the
// user left alone as it was stored (stored_text.go).
type textBox[M any, P inputModel[M]] struct {
	model     M
	stored    storedText
	multiLine bool
}

func (b *textBox[M, P]) update(msg tea.Msg, _ keyMap) tea.Cmd {
	if p, ok := msg.(tea.PasteMsg); ok {
		if p.Content = sanitize.Block(p.Content); !b.multiLine {
			p.Content = sanitize.Line(p.Content)
		}
		msg = p
	}
	var cmd tea.Cmd
	b.model, cmd = P(&b.model).Update(msg)
	return cmd
}

func (b *textBox[M, P]) focus() tea.Cmd       { return P(&b.model).Focus() }
func (b *textBox[M, P]) blur()                { P(&b.model).Blur() }
func (b *textBox[M, P]) state() string        { return P(&b.model).Value() }
func (b *textBox[M, P]) value() string        { return b.stored.text(b.state()) }
func (b *textBox[M, P]) draft() (string, int) { return b.value(), 0 }
func (b *textBox[M, P]) multiline() bool      { return b.multiLine }
func (b *textBox[M, P]) typing() bool         { return true }

// untouched reports that the user left the text as it was last set.
func (b *textBox[M, P]) untouched() bool { return b.state() == b.stored.shown }

// restore puts stored text in the input, shown neutralised.
func (b *textBox[M, P]) restore(text string, _ int) {
	b.stored = newStoredText(text, b.multiLine)
	P(&b.model).SetValue(b.stored.shown)
	b.stored = b.stored.holding(b.state())
}

// textInput is one line of text: a title, a date, a number.
type textInput struct {
	textBox[textinput.Model, *textinput.Model]
	hint  string // shown under the line while typing
	empty string // shown faint while the line is empty: the hint, or what empty means
}

func newTextInput(value, hint string, limit int) *textInput {
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = limit
	t := &textInput{textBox: textBox[textinput.Model, *textinput.Model]{model: in}, hint: hint, empty: hint}
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

func (t *textInput) summary() string   { return t.model.Value() }
func (t *textInput) restyle(dark bool) { t.model.SetStyles(inputStyles(dark)) }

func (t *textInput) setSize(w, _ int) {
	t.model.SetWidth(w)
	// SetWidth keeps the scroll offset of the old width: a form filled
	// before the window's size (a draft brought back at start) would show
	// its text cut at the front
	t.model.SetCursor(t.model.Position())
}

// view draws the input, with its placeholder while it is empty.
func (t *textInput) view(st *styles, _ bool) string { return rfInputView(st, t.model, t.empty) }

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
	textBox[textarea.Model, *textarea.Model]
}

// newAreaField is a field of several lines; limit 0 leaves the length to
// the domain's check.
func newAreaField(label, value, hint string, limit int) *field {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = ""
	ta.Placeholder = hint
	ta.CharLimit = limit
	ta.MaxHeight = 0 // the domain limits the text; a cap on lines would drop some silently
	ta.SetHeight(3)
	a := &areaInput{textBox[textarea.Model, *textarea.Model]{model: ta, multiLine: true}}
	a.restore(value, 0)
	return &field{label: label, input: a}
}

func (a *areaInput) view(*styles, bool) string { return a.model.View() }
func (a *areaInput) below(bool) string         { return "" }
func (a *areaInput) restyle(dark bool)         { a.model.SetStyles(areaStyles(dark)) }
func (a *areaInput) summary() string           { return rfFirstLine(a.model.Value()) }
func (a *areaInput) setSize(w, h int)          { a.model.SetWidth(w); a.model.SetHeight(max(h, 1)) }
