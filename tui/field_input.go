package tui

import tea "charm.land/bubbletea/v2"

// fieldInput is one kind of form field: a line of text, an area of
// several lines, a choice, a rating, tags. Each draws itself, takes its
// own keys and pastes, and gives its content back for saving and for
// drafts; the form (form.go) moves the focus, keeps the errors and lays
// the fields out (field_layout.go).
type fieldInput interface {
	// update takes a message for the field: a key the form left to it, a
	// paste, the input's own messages.
	update(msg tea.Msg, k keyMap) tea.Cmd
	focus() tea.Cmd
	blur()
	// state is what the field shows as its value, to tell an edit.
	state() string
	// value is the content to save: the text as stored where the user
	// left it alone, or the chosen option's label, or the rating.
	value() string
	// draft and restore carry the content through the drafts file: a
	// text, or a number for a choice or a rating (drafts.go).
	draft() (text string, num int)
	restore(text string, num int)
	// multiline says the field has rows of its own under its label, and
	// enter is a new line in it.
	multiline() bool
	// typing says the field takes typed characters, so j/k are not moves.
	typing() bool
	// setSize gives the input its width and, when multiline, its rows.
	setSize(w, h int)
	// view draws the input in its size; summary is a multiline field
	// folded to one line, when the form is short of room.
	view(st *styles, focused bool) string
	summary() string
	// below is a faint line under the field (a hint while typing), or "".
	below(focused bool) string
	restyle(dark bool)
}

// field is one labelled input of a form, with its error.
type field struct {
	label  string
	input  fieldInput
	err    string
	opened string // input.state() when the form opened, to tell a change
}

// value is the field's content to save (see fieldInput.value).
func (fl *field) value() string { return fl.input.value() }

// setText puts stored text into a text field, shown neutralised.
func (fl *field) setText(text string) { fl.input.restore(text, 0) }

// changed reports that the user changed the field since the form opened.
func (fl *field) changed() bool { return fl.input.state() != fl.opened }
