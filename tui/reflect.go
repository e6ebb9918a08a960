package tui

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"coach/domain"
	"coach/editor"
	"coach/insight"
	"coach/sanitize"
	"coach/store"
)

// reflectMode is what the Reflect screen shows while no form is open.
type reflectMode int

const (
	reflectDay    reflectMode = iota // the shown day's reflection
	reflectPast                      // past reflections, searchable
	reflectReview                    // the weekly reviews
)

func (m reflectMode) String() string {
	return [...]string{"day", "past", "review"}[m]
}

// reflectScreen is screen 3: the day's reflection, the past ones and the
// weekly review. Store calls run in commands; forms survive as drafts.
type reflectScreen struct {
	sh     *shared
	width  int
	height int
	mode   reflectMode

	// The shown day (today unless moved with h/l).
	day       domain.Date
	dayRec    domain.Reflection
	dayFound  bool
	dayLoaded bool
	scroll    int

	form       *reflectForm            // the open form; nil while browsing
	drafts     map[string]*reflectForm // open and closed-with-changes forms, by key
	confirmKey string                  // the draft whose discarding awaits y

	// Past reflections.
	past       []domain.Reflection
	pastLoaded bool
	query      string // the search the list shows
	search     textinput.Model
	searching  bool // the search field has the keys
	cursor     int
	top        int
	opened     *domain.Reflection // shown read-only
	openScroll int

	// Weekly reviews.
	reviews       []domain.Review
	reviewsLoaded bool
	journalStart  domain.Date                    // weeks before it are not offered for a review
	history       *store.History                 // from the latest report, for the week's figures
	figures       map[string]insight.WeekFigures // by ISO week, computed in Update
	readingAll    bool                           // a week before history.From is reading the whole history
	weekCursor    int
	weekTop       int
	reviewScroll  int
	pendingReview string // a week to open once the reviews have loaded
}

func newReflectScreen(sh *shared) screen {
	t := sh.ui.Reflect
	in := textinput.New()
	in.Prompt = t.SearchPrompt
	in.CharLimit = 200
	in.SetStyles(inputStyles(sh.styles.isDark))
	return &reflectScreen{
		sh:     sh,
		day:    sh.today(),
		drafts: map[string]*reflectForm{},
		search: in,
	}
}

// Messages of the Reflect screen.
type (
	// reflectionLoadedMsg carries the reflection of one day.
	reflectionLoadedMsg struct {
		day   domain.Date
		r     domain.Reflection
		found bool
		err   error
	}
	// reflectionsFoundMsg carries the past reflections matching query
	// (all of them for an empty query), newest first.
	reflectionsFoundMsg struct {
		query string
		rs    []domain.Reflection
		err   error
	}
	// reviewsLoadedMsg carries every weekly review, newest first, and
	// the journal's first day.
	reviewsLoadedMsg struct {
		rs    []domain.Review
		start domain.Date
		err   error
	}
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

func (s *reflectScreen) Init() tea.Cmd { return s.reload() }

// reload reads what the screen shows. The list of past reflections, which
// decodes years of journal text, is read only while it is open.
func (s *reflectScreen) reload() tea.Cmd {
	if s.mode == reflectPast {
		return tea.Batch(s.loadDay(), s.loadPast(), s.loadReviews())
	}
	return tea.Batch(s.loadDay(), s.loadReviews())
}

func (s *reflectScreen) loadDay() tea.Cmd {
	st, day := s.sh.store, s.day
	return func() tea.Msg {
		r, found, err := st.Reflection(day)
		return reflectionLoadedMsg{day: day, r: r, found: found, err: err}
	}
}

func (s *reflectScreen) loadPast() tea.Cmd {
	st, q := s.sh.store, s.query
	return func() tea.Msg {
		rs, err := st.SearchReflections(q)
		return reflectionsFoundMsg{query: q, rs: rs, err: err}
	}
}

func (s *reflectScreen) loadReviews() tea.Cmd {
	st := s.sh.store
	return func() tea.Msg {
		rs, err := st.Reviews()
		if err != nil {
			return reviewsLoadedMsg{err: err}
		}
		start, found, err := st.JournalStart()
		if !found {
			start = domain.MaxDate // an empty journal: only this week
		}
		return reviewsLoadedMsg{rs: rs, start: start, err: err}
	}
}

func (s *reflectScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.search.SetWidth(max(w-lipgloss.Width(s.search.Prompt)-1, 1))
	if s.form != nil {
		s.form.layout(w, h)
	}
	s.movePast(s.cursor)
	s.moveWeek(s.weekCursor)
}

// Capturing: a form, the search field or the discard question has the keys.
func (s *reflectScreen) Capturing() bool {
	return s.form != nil || s.searching || s.confirmKey != ""
}

// Update handles msg, then asks for the week's figures when the review
// shows a week whose figures are not known yet.
func (s *reflectScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	sc, cmd := s.update(msg)
	return sc, tea.Batch(cmd, s.figuresCmd())
}

func (s *reflectScreen) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case weekFiguresMsg:
		if msg.history != s.history {
			return s, nil // the data changed meanwhile
		}
		s.readingAll = false
		if msg.err != nil {
			return s, reportErr(msg.err)
		}
		s.figures[msg.week] = msg.figures
		if msg.longer != nil {
			s.history = msg.longer // the figures known so far hold for it too
		}
	case reflectionLoadedMsg:
		if msg.day != s.day {
			return s, nil
		}
		if msg.err != nil {
			return s, reportErr(msg.err)
		}
		s.dayRec, s.dayFound, s.dayLoaded = msg.r, msg.found, true
	case reflectionsFoundMsg:
		if msg.query != s.query {
			return s, nil // an older search
		}
		if msg.err != nil {
			return s, reportErr(msg.err)
		}
		s.past, s.pastLoaded = msg.rs, true
		s.movePast(s.cursor)
		if s.opened != nil {
			s.refreshOpened()
		}
	case reviewsLoadedMsg:
		if msg.err != nil {
			return s, reportErr(msg.err)
		}
		s.reviews, s.journalStart, s.reviewsLoaded = msg.rs, msg.start, true
		s.moveWeek(s.weekCursor)
		return s, s.openPendingReview()
	case openReviewMsg:
		s.pendingReview = msg.week
		return s, s.openPendingReview()
	case reportMsg:
		if msg.err == nil {
			h := msg.history
			s.history, s.figures, s.readingAll = &h, map[string]insight.WeekFigures{}, false
		}
	case dataChangedMsg:
		return s, s.reload() // the forms are drafts of their own: never touched
	case dayChangedMsg:
		if s.day == msg.from {
			s.day, s.dayLoaded, s.scroll = msg.to, false, 0
		}
		return s, s.reload()
	case tea.BackgroundColorMsg:
		dark := s.sh.styles.isDark
		s.search.SetStyles(inputStyles(dark))
		for _, f := range s.drafts {
			f.restyle(dark)
		}
	case reflectSavedMsg:
		return s, s.saved(msg)
	case reflectEditorReadyMsg:
		if msg.err != nil {
			s.editorFailed(msg.key, msg.err)
			return s, nil
		}
		done := func(err error) tea.Msg {
			return reflectEditorDoneMsg{key: msg.key, field: msg.field, path: msg.path, err: err}
		}
		return s, tea.ExecProcess(editor.Command(s.sh.getenv, msg.path), done)
	case reflectEditorDoneMsg:
		return s, rfReadEditorFile(msg)
	case reflectEditorTextMsg:
		if msg.err != nil {
			s.editorFailed(msg.key, msg.err)
		} else if f := s.drafts[msg.key]; f != nil {
			f.setText(msg.field, msg.text)
		}
	case tea.PasteMsg:
		switch {
		case s.form != nil && !s.form.saving:
			return s, s.form.paste(msg)
		case s.searching:
			msg.Content = sanitize.Line(msg.Content)
			return s, s.updateSearch(msg)
		}
	case tea.MouseWheelMsg:
		if s.Capturing() {
			return s, nil
		}
		switch msg.Button {
		case tea.MouseWheelUp:
			return s, s.handleKey(tea.KeyPressMsg{Code: tea.KeyUp})
		case tea.MouseWheelDown:
			return s, s.handleKey(tea.KeyPressMsg{Code: tea.KeyDown})
		}
	case tea.KeyPressMsg:
		return s, s.handleKey(msg)
	}
	return s, nil
}

func (s *reflectScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.sh.keys
	switch {
	case s.confirmKey != "":
		draft := s.confirmKey
		s.confirmKey = ""
		if key.Matches(msg, k.Confirm) {
			delete(s.drafts, draft)
			return showStatus(s.sh.ui.Reflect.Discarded)
		}
		return nil
	case s.form != nil:
		return s.formKey(msg)
	case s.searching:
		return s.searchKey(msg)
	}
	switch s.mode {
	case reflectPast:
		if s.opened != nil {
			return s.openedKey(msg)
		}
		return s.pastKey(msg)
	case reflectReview:
		return s.reviewKey(msg)
	}
	return s.dayKey(msg)
}

// --- the day ---

func (s *reflectScreen) dayKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.sh.keys
	switch {
	case key.Matches(msg, k.EditEntry):
		return s.editDay()
	case key.Matches(msg, k.PrevDay):
		return s.showDay(s.day.Step(-1))
	case key.Matches(msg, k.NextDay):
		if s.day < s.sh.today() {
			return s.showDay(s.day.Step(1))
		}
	case key.Matches(msg, k.Today):
		return s.showDay(s.sh.today())
	case key.Matches(msg, k.Past):
		s.mode = reflectPast
		return s.loadPast()
	case key.Matches(msg, k.Filter):
		s.mode = reflectPast
		return tea.Batch(s.loadPast(), s.startSearch())
	case key.Matches(msg, k.Review):
		s.mode = reflectReview
	case key.Matches(msg, k.Delete):
		if s.drafts[rfDayKey(s.day)] != nil {
			s.confirmKey = rfDayKey(s.day)
		}
	default:
		head, body := s.dayParts()
		s.scroll = rfScrollKey(msg, k, s.scroll, len(body), s.height-len(head))
	}
	return nil
}

func (s *reflectScreen) showDay(d domain.Date) tea.Cmd {
	if d == s.day {
		return nil
	}
	s.day, s.dayLoaded, s.scroll = d, false, 0
	return s.loadDay()
}

// editDay opens the form of the shown day: its draft when there is one,
// else the stored reflection.
func (s *reflectScreen) editDay() tea.Cmd {
	if !s.dayLoaded || s.day > s.sh.today() {
		return nil
	}
	f := s.drafts[rfDayKey(s.day)]
	if f == nil {
		r := s.dayRec
		if !s.dayFound {
			r = domain.Reflection{Date: s.day}
		}
		f = newReflectionForm(s.sh, r)
		s.drafts[f.key()] = f
	}
	return s.openForm(f)
}

func (s *reflectScreen) openForm(f *reflectForm) tea.Cmd {
	s.form = f
	f.layout(s.width, s.height)
	return f.setFocus(f.focus)
}

// dayHeading is "Reflection · 2026-11-28 Sat · today".
func (s *reflectScreen) dayHeading(d domain.Date) string {
	label := d.String() + " " + s.sh.ui.Today.Weekdays[d.Weekday()]
	h := fmt.Sprintf(s.sh.ui.Reflect.Heading, label)
	if d == s.sh.today() {
		h += " · " + s.sh.ui.Reflect.TodayMark
	}
	return h
}

// notes are the warnings under a heading: a draft, or the discard question.
func (s *reflectScreen) notes(draftKey string) []string {
	t, st := s.sh.ui.Reflect, s.sh.styles
	var text string
	switch {
	case s.confirmKey == draftKey:
		text = t.DiscardConfirm
	case s.drafts[draftKey] != nil:
		text = t.Draft
	default:
		return nil
	}
	var out []string
	for _, l := range rfWrap(text, s.width) {
		out = append(out, st.Warning.Render(l))
	}
	return out
}

// dayParts is the day view: fixed lines on top and a scrolling body.
func (s *reflectScreen) dayParts() (head, body []string) {
	st, t, w := s.sh.styles, s.sh.ui.Reflect, s.width
	head = append([]string{st.Heading.Render(rfTrunc(s.dayHeading(s.day), w))}, s.notes(rfDayKey(s.day))...)
	switch {
	case !s.dayLoaded:
		body = []string{st.Muted.Render(s.sh.ui.Common.Loading)}
	case !s.dayFound:
		for _, l := range rfWrap(t.Empty, w) {
			body = append(body, st.Muted.Render(l))
		}
	default:
		body = s.reflectionLines(s.dayRec, w)
	}
	return head, body
}

// reflectionLines shows a reflection read-only.
func (s *reflectScreen) reflectionLines(r domain.Reflection, w int) []string {
	st, t, p := s.sh.styles, s.sh.ui.Reflect, s.sh.coach().Reflection
	var out []string
	for _, q := range []struct{ label, text string }{
		{p.Learned, r.Learned}, {p.Solved, r.Solved}, {p.Collaborated, r.Collaborated},
		{p.Idea, r.Idea}, {p.Next, r.Next},
	} {
		out = append(out, s.answerLines(q.label, q.text, w)...)
	}
	rating := st.Faint.Render(t.NoRating)
	if r.Rating > 0 {
		rating = st.BarFull.Render(fmt.Sprintf(t.RatingOf, r.Rating))
	}
	out = append(out, st.Label.Render(t.Rating)+"  "+rating)
	if len(r.Tags) > 0 {
		room := w - lipgloss.Width(t.Tags) - 2
		out = append(out, st.Label.Render(t.Tags)+"  "+rfTrunc(sanitize.Line(strings.Join(r.Tags, ", ")), room))
	}
	return out
}

// answerLines is a prompt and its answer, wrapped and indented.
func (s *reflectScreen) answerLines(label, text string, w int) []string {
	st := s.sh.styles
	out := []string{st.Label.Render(rfTrunc(label, w))}
	text = strings.TrimSpace(text)
	if text == "" {
		return append(out, "  "+st.Faint.Render(s.sh.ui.Reflect.NoAnswer))
	}
	for _, l := range rfWrap(sanitize.Block(text), w-2) {
		out = append(out, "  "+l)
	}
	return out
}

// --- forms ---

func (s *reflectScreen) formKey(msg tea.KeyPressMsg) tea.Cmd {
	f, k := s.form, s.sh.keys
	if f.saving {
		return nil
	}
	switch {
	case key.Matches(msg, k.SaveMultiline):
		return s.save(f)
	case key.Matches(msg, k.Cancel):
		return s.closeForm()
	case key.Matches(msg, k.Editor):
		return s.openEditor(f)
	case key.Matches(msg, k.NextField):
		return f.setFocus(f.focus + 1)
	case key.Matches(msg, k.PrevField):
		return f.setFocus(f.focus - 1)
	}
	var before []string
	if f.err != "" {
		before = f.values()
	}
	cmd := f.update(msg, k)
	if before != nil && strings.Join(before, "\x00") != strings.Join(f.values(), "\x00") {
		f.setErr("") // the user is fixing it
	}
	return cmd
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
		if r.Rating == 0 {
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
	if r := msg.reflection; r != nil && r.Date == s.day {
		s.dayRec, s.dayFound, s.dayLoaded = *r, true, true
	}
	if r := msg.review; r != nil {
		s.putReview(*r)
	}
	return toRoot
}

// putReview shows a saved review before the reload confirms it.
func (s *reflectScreen) putReview(r domain.Review) {
	for i := range s.reviews {
		if s.reviews[i].Week == r.Week {
			s.reviews[i] = r
			return
		}
	}
	s.reviews = append(s.reviews, r)
	for i := len(s.reviews) - 1; i > 0 && s.reviews[i].Week > s.reviews[i-1].Week; i-- {
		s.reviews[i], s.reviews[i-1] = s.reviews[i-1], s.reviews[i]
	}
}

// openEditor writes the focused text field to a temporary file (in a
// command); the editor runs when reflectEditorReadyMsg comes back.
func (s *reflectScreen) openEditor(f *reflectForm) tea.Cmd {
	fd := f.focused()
	if fd.kind != rfArea {
		return showStatus(s.sh.ui.Reflect.EditorNoField)
	}
	formKey, field, text := f.key(), f.focus, fd.text()
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
			b, err := os.ReadFile(msg.path)
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

// --- view and help ---

func (s *reflectScreen) View() string {
	if s.width <= 0 || s.height <= 0 {
		return ""
	}
	var lines []string
	switch {
	case s.form != nil:
		lines = s.form.view(s.sh, s.formHeading(s.form))
	case s.mode == reflectPast && s.opened != nil:
		lines = s.openedView()
	case s.mode == reflectPast:
		lines = s.pastView()
	case s.mode == reflectReview:
		lines = s.reviewView()
	default:
		head, body := s.dayParts()
		lines = append(head, rfWindow(body, s.scroll, s.height-len(head))...)
	}
	return s.fit(lines)
}

// fit cuts the lines to the body size, whatever they hold.
func (s *reflectScreen) fit(lines []string) string {
	var out []string
	for _, l := range lines {
		out = append(out, strings.Split(l, "\n")...)
	}
	if len(out) > s.height {
		out = out[:s.height]
	}
	for i, l := range out {
		if lipgloss.Width(l) > s.width {
			out[i] = ansi.Truncate(l, s.width, "")
		}
	}
	return strings.Join(out, "\n")
}

func (s *reflectScreen) ShortHelp() []key.Binding {
	k := s.sh.keys
	switch {
	case s.confirmKey != "":
		return []key.Binding{k.Confirm, k.Cancel}
	case s.form != nil:
		short := []key.Binding{k.SaveMultiline, k.NextField, k.PrevField}
		switch s.form.focused().kind {
		case rfArea:
			short = append(short, k.Editor)
		case rfRating:
			short = append(short, k.Rate, k.Choice)
		case rfChoice:
			short = append(short, k.Choice)
		}
		return append(short, k.Cancel)
	case s.searching:
		return []key.Binding{k.Results, k.KeepFilter, k.Clear}
	case s.mode == reflectPast && s.opened != nil:
		return []key.Binding{k.Up, k.Down, k.Edit, k.Back}
	case s.mode == reflectPast:
		return []key.Binding{k.Up, k.Down, k.Open, k.Filter, k.Edit, s.pastBack()}
	case s.mode == reflectReview:
		return []key.Binding{k.Up, k.Down, k.EditEntry, k.Back}
	}
	return []key.Binding{k.EditEntry, k.PrevDay, k.NextDay, k.Past, k.Review}
}

func (s *reflectScreen) FullHelp() [][]key.Binding {
	k := s.sh.keys
	switch {
	case s.confirmKey != "":
		return [][]key.Binding{{k.Confirm, k.Cancel}}
	case s.form != nil:
		fields := []key.Binding{k.NextField, k.PrevField}
		if s.form.kind == rfReflection {
			fields = append(fields, k.Rate)
		}
		return [][]key.Binding{{k.SaveMultiline, k.Cancel}, append(fields, k.Choice), {k.Editor}}
	case s.searching:
		return [][]key.Binding{{k.Results}, {k.KeepFilter, k.Clear}}
	case s.mode == reflectPast && s.opened != nil:
		return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Edit, k.Back, k.Past}}
	case s.mode == reflectPast:
		return [][]key.Binding{
			{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
			{k.Open, k.Edit, k.Filter, s.pastBack(), k.Past, k.Review},
		}
	case s.mode == reflectReview:
		return [][]key.Binding{
			{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown},
			{k.EditEntry, k.Delete, k.Back, k.Review, k.Past},
		}
	}
	return [][]key.Binding{
		{k.EditEntry, k.Delete},
		{k.PrevDay, k.NextDay, k.Today},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Past, k.Filter, k.Review},
	}
}

// --- small helpers ---

// rfScrollKey applies a scrolling key to an offset over total lines shown
// room at a time.
func rfScrollKey(msg tea.KeyPressMsg, k keyMap, off, total, room int) int {
	room = max(room, 1)
	switch {
	case key.Matches(msg, k.Up):
		off--
	case key.Matches(msg, k.Down):
		off++
	case key.Matches(msg, k.PageUp):
		off -= room
	case key.Matches(msg, k.PageDown):
		off += room
	case key.Matches(msg, k.Top):
		off = 0
	case key.Matches(msg, k.Bottom):
		off = total
	}
	return min(max(off, 0), max(total-room, 0))
}

// rfWindow is lines[off:off+room], off clamped.
func rfWindow(lines []string, off, room int) []string {
	if room <= 0 {
		return nil
	}
	off = min(max(off, 0), max(len(lines)-room, 0))
	return lines[off:min(off+room, len(lines))]
}
