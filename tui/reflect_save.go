package tui

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"coach/domain"
	"coach/editor"
	"coach/store"
)

// The Reflect screen's forms: the keys of the open form, its drafts, the
// save and its undo, and $EDITOR for one field. A form belongs to the
// screen, not to a view: it outlives the view that opened it as a draft.

type (
	// reflectSavedMsg reports the save of the form with key; the screen
	// passes written on to the root.
	reflectSavedMsg struct {
		key        string
		written    writtenMsg
		reflection *domain.Reflection
		review     *domain.Review
	}
	// reflectEditorReadyMsg: the field's text is in a temporary file.
	reflectEditorReadyMsg struct {
		key   string
		field int
		path  string
		err   error
	}
	// reflectEditorDoneMsg: the editor has exited.
	reflectEditorDoneMsg struct {
		key   string
		field int
		path  string
		err   error
	}
	// reflectEditorTextMsg carries the edited text back.
	reflectEditorTextMsg struct {
		key   string
		field int
		text  string
		err   error
	}
)

func (s *reflectScreen) formKey(msg tea.KeyPressMsg) tea.Cmd {
	f := s.form
	if f.saving {
		return nil
	}
	if key.Matches(msg, s.sh.keys.Editor) {
		return s.openEditor(f)
	}
	switch action, cmd := f.Update(msg); action {
	case formSubmit:
		return s.save(f)
	case formCancel:
		return s.closeForm()
	default:
		return cmd
	}
}

// unsaved is every form with changes, open or kept as a draft, by key.
func (s *reflectScreen) unsaved() []*reflectForm {
	var out []*reflectForm
	for _, f := range s.drafts {
		if f.changed() {
			out = append(out, f)
		}
	}
	slices.SortFunc(out, func(a, b *reflectForm) int { return strings.Compare(a.key(), b.key()) })
	return out
}

// keep takes a form restored from the drafts file as a closed draft.
func (s *reflectScreen) keep(f *reflectForm) {
	f.blur()
	s.drafts[f.key()] = f
}

// dropDrafts forgets every draft (the user quits without them).
func (s *reflectScreen) dropDrafts() {
	s.form = nil
	clear(s.drafts)
}

// closeForm leaves the form; with changes it stays as a draft.
func (s *reflectScreen) closeForm() tea.Cmd {
	f := s.form
	s.form = nil
	f.blur()
	if !f.changed() {
		delete(s.drafts, f.key())
		return nil
	}
	return showStatus(s.sh.ui.Reflect.DraftKept)
}

// save checks the form and writes it in one command. A check that fails
// shows inline and keeps the form as it is.
func (s *reflectScreen) save(f *reflectForm) tea.Cmd {
	t := s.sh.ui.Reflect
	formKey := f.key()
	var write tea.Cmd
	var saved reflectSavedMsg
	switch f.kind {
	case rfReview:
		r, err := domain.CleanReview(f.review())
		if err != nil {
			f.setErr(fmt.Sprintf(t.CannotSave, explain(s.sh.ui.Problems, err, f.fieldLabels(t))))
			return nil
		}
		write = s.sh.write(putWithUndo(fmt.Sprintf(t.ReviewSaved, r.Week), r, (*store.Store).PutReview,
			func(st *store.Store) error { return st.DeleteReview(r.Week) }))
		saved = reflectSavedMsg{key: formKey, review: &r}
	default:
		r := f.reflection()
		if r.Rating == domain.Unrated && !f.unrated {
			f.setErr(t.NeedRating)
			return nil
		}
		r, err := domain.CleanReflection(r)
		if err != nil {
			f.setErr(fmt.Sprintf(t.CannotSave, explain(s.sh.ui.Problems, err, f.fieldLabels(t))))
			return nil
		}
		write = s.sh.write(putWithUndo(fmt.Sprintf(t.Saved, r.Date), r, (*store.Store).PutReflection,
			func(st *store.Store) error { return st.DeleteReflection(r.Date) }))
		saved = reflectSavedMsg{key: formKey, reflection: &r}
	}
	f.saving = true
	f.setErr("")
	return func() tea.Msg {
		msg := saved
		msg.written, _ = write().(writtenMsg)
		return msg
	}
}

// putWithUndo writes v with put, which returns what v replaced; the undo
// puts that back, or removes v with del when it was the first entry.
func putWithUndo[T any](status string, v T, put func(*store.Store, T) (*T, error), del func(*store.Store) error) func(*store.Store) (string, func(*store.Store) error, error) {
	return func(st *store.Store) (string, func(*store.Store) error, error) {
		prev, err := put(st, v)
		if err != nil {
			return status, nil, err
		}
		if prev == nil {
			return status, del, nil
		}
		return status, func(st *store.Store) error { _, err := put(st, *prev); return err }, nil
	}
}

// saved closes the form after a good write, or shows the error in it;
// either way the root gets the writtenMsg (status line, undo, reload).
func (s *reflectScreen) saved(msg reflectSavedMsg) tea.Cmd {
	toRoot := func() tea.Msg { return msg.written }
	f := s.drafts[msg.key]
	if f != nil {
		f.saving = false
	}
	if msg.written.err != nil {
		if f != nil {
			f.setErr(fmt.Sprintf(s.sh.ui.Reflect.CannotSave, msg.written.err))
		}
		return toRoot
	}
	if f != nil {
		f.blur()
		delete(s.drafts, msg.key)
		if s.form == f {
			s.form = nil
		}
	}
	if r := msg.reflection; r != nil {
		s.dayView.saved(*r)
	}
	if r := msg.review; r != nil {
		s.reviewView.saved(*r)
	}
	return toRoot
}

// editorUpdate runs $EDITOR on a form field: the file is ready, the
// editor has exited, the text is back.
func (s *reflectScreen) editorUpdate(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case reflectEditorReadyMsg:
		if msg.err != nil {
			s.editorFailed(msg.key, msg.err)
			return nil
		}
		done := func(err error) tea.Msg {
			return reflectEditorDoneMsg{key: msg.key, field: msg.field, path: msg.path, err: err}
		}
		return tea.ExecProcess(editor.Command(s.sh.getenv, msg.path), done)
	case reflectEditorDoneMsg:
		return rfReadEditorFile(msg)
	case reflectEditorTextMsg:
		if msg.err != nil {
			s.editorFailed(msg.key, msg.err)
		} else if f := s.drafts[msg.key]; f != nil {
			f.setText(msg.field, msg.text)
		}
	}
	return nil
}

// openEditor writes the focused text field to a temporary file (in a
// command); the editor runs when reflectEditorReadyMsg comes back.
func (s *reflectScreen) openEditor(f *reflectForm) tea.Cmd {
	fd := f.focused()
	if !fd.input.multiline() {
		return showStatus(s.sh.ui.Reflect.EditorNoField)
	}
	formKey, field, text := f.key(), f.focus, fd.value()
	return func() tea.Msg {
		path, err := editor.TempFile("coach-*.md", text)
		return reflectEditorReadyMsg{key: formKey, field: field, path: path, err: err}
	}
}

// rfReadEditorFile reads the edited text back and removes the file.
func rfReadEditorFile(msg reflectEditorDoneMsg) tea.Cmd {
	return func() tea.Msg {
		defer os.Remove(msg.path)
		out := reflectEditorTextMsg{key: msg.key, field: msg.field, err: msg.err}
		if msg.err == nil {
			b, err := editor.ReadBack(msg.path)
			out.text, out.err = string(b), err
		}
		return out
	}
}

func (s *reflectScreen) editorFailed(formKey string, err error) {
	if f := s.drafts[formKey]; f != nil {
		f.setErr(fmt.Sprintf(s.sh.ui.Reflect.EditorFailed, err))
	}
}

// formHeading names what the open form edits.
func (s *reflectScreen) formHeading(f *reflectForm) string {
	t := s.sh.ui.Reflect
	var h string
	if f.kind == rfReview {
		h = s.weekHeading(f.week)
	} else {
		h = s.dayHeading(f.day)
	}
	h += " · " + t.Editing
	if f.saving {
		h += " · " + t.Saving
	}
	return h
}

func (s *reflectScreen) formShortHelp() []key.Binding {
	k := s.sh.keys
	// shift+tab goes back as in every form: the line keeps to 80 columns
	// without it.
	short := []key.Binding{s.form.saveKey(), k.NextField}
	switch s.form.focused().input.(type) {
	case *areaInput:
		short = append(short, k.Editor)
	case *ratingInput:
		short = append(short, k.Rate, k.Choice)
	case *choiceInput:
		short = append(short, k.Choice)
	}
	return append(short, k.Cancel)
}

func (s *reflectScreen) formFullHelp() [][]key.Binding {
	k := s.sh.keys
	fields := []key.Binding{k.NextField, k.PrevField}
	if s.form.kind == rfReflection {
		fields = append(fields, k.Rate)
	}
	return [][]key.Binding{append(s.form.saveKeys(), k.Cancel), append(fields, k.Choice), {k.Editor}}
}
