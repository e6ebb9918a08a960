package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"coach/domain"
)

// reflectScreen is screen 3: the day's reflection, the past ones and the
// weekly reviews, each a view of its own (reflect_day.go, reflect_past.go,
// reflect_review.go). The screen routes: the open form first, else the
// view shown. It owns what the views share
// (reflectCommon) and the forms (reflect_save.go); store calls run in
// commands, and forms survive as drafts.
type reflectScreen struct {
	*reflectCommon
	form          *reflectForm // the open form; nil while browsing
	pendingReview string       // a week to open once the reviews have loaded

	// The views, each owning its state.
	dayView    *dayModel
	pastView   *pastModel
	reviewView *reviewModel
}

func newReflectScreen(sh *shared) screen {
	c := &reflectCommon{sh: sh, drafts: map[string]*reflectForm{}}
	s := &reflectScreen{
		reflectCommon: c,
		dayView:       newDayModel(c),
		pastView:      newPastModel(c),
		reviewView:    newReviewModel(c),
	}
	c.nav = s
	return s
}

// views lists the views; the shown one is views()[mode].
func (s *reflectScreen) views() [3]reflectView {
	return [...]reflectView{reflectDay: s.dayView, reflectPast: s.pastView, reflectReview: s.reviewView}
}

func (s *reflectScreen) active() reflectView { return s.views()[s.mode] }

func (s *reflectScreen) Init() tea.Cmd { return s.reload() }

// reload reads what the screen shows. The past reflections are read only
// while they are shown.
func (s *reflectScreen) reload() tea.Cmd {
	if s.mode == reflectPast {
		return tea.Batch(s.dayView.load(), s.pastView.load(), s.reviewView.load())
	}
	return tea.Batch(s.dayView.load(), s.reviewView.load())
}

func (s *reflectScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	if s.form != nil {
		s.form.layout(w, h)
	}
	s.pastView.resized()
	s.reviewView.resized()
}

// Capturing: a form or the view's own field has the keys.
func (s *reflectScreen) Capturing() bool {
	return s.form != nil || s.active().Capturing()
}

// --- reflectNav: what the views ask of the screen ---

func (s *reflectScreen) show(to reflectMode) tea.Cmd {
	s.mode = to
	if to == reflectPast {
		return s.pastView.load() // read only while shown: it may be stale
	}
	return nil
}

func (s *reflectScreen) searchPast() tea.Cmd {
	return tea.Batch(s.show(reflectPast), s.pastView.startSearch())
}

func (s *reflectScreen) openForm(f *reflectForm) tea.Cmd {
	s.form = f
	f.layout(s.width, s.height)
	return f.setFocus(f.focus)
}

func (s *reflectScreen) editDay(r domain.Reflection) tea.Cmd {
	s.mode = reflectDay
	return s.dayView.editStored(r)
}

// openPendingReview selects the week Today asked for and opens its
// review, once the reviews have loaded and no form is open.
func (s *reflectScreen) openPendingReview() tea.Cmd {
	wk := s.pendingReview
	if wk == "" || !s.reviewView.reviewsLoaded || s.form != nil {
		return nil
	}
	s.pendingReview = ""
	s.mode = reflectReview
	return s.reviewView.openWeek(wk)
}

// --- messages ---

// Update handles msg, then asks for the week's figures when the review
// shows a week whose figures are not known yet.
func (s *reflectScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	cmd := s.update(msg)
	return s, tea.Batch(cmd, s.reviewView.figuresCmd())
}

func (s *reflectScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return s.handleKey(msg)
	case tea.MouseWheelMsg:
		if s.Capturing() {
			return nil
		}
		switch msg.Button {
		case tea.MouseWheelUp:
			return s.handleKey(tea.KeyPressMsg{Code: tea.KeyUp})
		case tea.MouseWheelDown:
			return s.handleKey(tea.KeyPressMsg{Code: tea.KeyDown})
		}
		return nil
	case tea.PasteMsg:
		if s.form != nil {
			if s.form.saving {
				return nil
			}
			return s.form.paste(msg)
		}
		return s.active().Update(msg)
	case openReviewMsg:
		s.pendingReview = msg.week
		return s.openPendingReview()
	case dataChangedMsg:
		return s.reload() // the forms are drafts of their own: never touched
	case reflectSavedMsg:
		return s.saved(msg)
	case discardDraftMsg:
		delete(s.drafts, msg.key)
		return showStatus(s.sh.ui.Reflect.Discarded)
	case reflectEditorReadyMsg, reflectEditorDoneMsg, reflectEditorTextMsg:
		return s.editorUpdate(msg)
	}
	var cmds []tea.Cmd
	for _, v := range s.views() {
		cmds = append(cmds, v.Update(msg))
	}
	switch msg := msg.(type) {
	case reviewsLoadedMsg:
		if msg.err == nil {
			cmds = append(cmds, s.openPendingReview())
		}
	case dayChangedMsg:
		cmds = append(cmds, s.reload())
	case tea.BackgroundColorMsg:
		for _, f := range s.drafts {
			f.restyle(s.sh.styles.isDark)
		}
	}
	return tea.Batch(cmds...)
}

func (s *reflectScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if s.form != nil {
		return s.formKey(msg)
	}
	return s.active().Update(msg)
}

// --- view and help ---

func (s *reflectScreen) View() string {
	if s.width <= 0 || s.height <= 0 {
		return ""
	}
	var lines []string
	if s.form != nil {
		lines = s.form.view(s.sh, s.formHeading(s.form))
	} else {
		lines = s.active().View()
	}
	// Cut to the body, whatever the lines hold.
	lines = strings.Split(strings.Join(lines, "\n"), "\n")
	return strings.Join(fitWidth(lines[:min(len(lines), s.height)], s.width), "\n")
}

func (s *reflectScreen) ShortHelp() []key.Binding {
	if s.form != nil {
		return s.formShortHelp()
	}
	return s.active().ShortHelp()
}

func (s *reflectScreen) FullHelp() [][]key.Binding {
	if s.form != nil {
		return s.formFullHelp()
	}
	return s.active().FullHelp()
}
