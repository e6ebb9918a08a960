package tui

import (
	"errors"
	"fmt"
	"sort"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"coach/domain"
	"coach/store"
)

// recallSession is today's recall, opened with r on Today and drawn over
// its list (recall_view.go): one card at a time, its cue, then on space
// its note, then a grade (1–4) or s to retire it. The cards are read once
// when the session opens; each grade is one store write in a command,
// after which the screens reload as after any change (Today's line of due
// cards with them). esc or q ends it, with a summary when anything was
// graded.
type recallSession struct {
	sh       *shared
	loaded   bool
	cards    []store.RecallCard
	due      int // cards due today before the daily caps
	at       int // the card shown
	revealed bool
	scroll   int // first line of the card's body shown
	// given counts the grades given in this session by grade (1–4);
	// given[0] counts the cards retired
	given         [5]int
	ended         bool
	history       store.History            // the latest report's, for the cue's competencies
	hints         map[domain.Date][]string // competencies practised on each card's day
	width, height int
	body          []string     // the card's body as last laid out (bodyLines)
	bodyOf        recallLayout // what body was laid out for
}

// recallLoadedMsg carries today's cards, read when a session opens.
type recallLoadedMsg struct {
	rs  store.RecallSession
	err error
}

// showHelpMsg asks the root for the full help: a session has the keys
// (q and the digits are its own), so ? comes to it first.
type showHelpMsg struct{}

func newRecallSession(sh *shared, h store.History) *recallSession {
	return &recallSession{sh: sh, history: h}
}

// load reads today's session in a command.
func (r *recallSession) load() tea.Cmd {
	st, today := r.sh.store, r.sh.today()
	return func() tea.Msg {
		rs, err := st.RecallDue(today)
		return recallLoadedMsg{rs: rs, err: err}
	}
}

func (r *recallSession) SetSize(w, h int) {
	r.width, r.height = w, h
	r.scroll = r.clampScroll(r.scroll)
}

// take keeps the cards read.
func (r *recallSession) take(rs store.RecallSession) {
	r.cards, r.due, r.loaded = rs.Cards, rs.Due, true
	r.hints = practisedOn(r.history, r.cards)
	r.body = nil
}

// setHistory takes a newer report's history: the cue's competencies
// follow it (a session opened before the first report gets them late).
func (r *recallSession) setHistory(h store.History) {
	r.history = h
	if r.loaded {
		r.hints = practisedOn(h, r.cards)
		r.body = nil // the cue names the competencies
	}
}

// card is the card shown; ok is false once the session has none left.
func (r *recallSession) card() (store.RecallCard, bool) {
	if !r.loaded || r.ended || r.at >= len(r.cards) {
		return store.RecallCard{}, false
	}
	return r.cards[r.at], true
}

// done is how many cards this session graded or retired.
func (r *recallSession) done() int {
	n := 0
	for _, c := range r.given {
		n += c
	}
	return n
}

// Update handles a key; closed reports that the session is over and
// Today shows again.
func (r *recallSession) Update(msg tea.KeyPressMsg) (cmd tea.Cmd, closed bool) {
	k := r.sh.keys
	if key.Matches(msg, k.Help) {
		return func() tea.Msg { return showHelpMsg{} }, false
	}
	c, ok := r.card()
	if !r.loaded {
		return nil, key.Matches(msg, k.EndSession)
	}
	if !ok {
		return nil, true // the summary, or nothing due: any key goes back
	}
	switch {
	case key.Matches(msg, k.EndSession):
		if r.done() == 0 {
			return nil, true
		}
		r.ended = true
	case key.Matches(msg, k.Reveal):
		if !r.revealed {
			r.revealed = true
			r.scroll = r.clampScroll(r.noteTop())
		}
	case key.Matches(msg, k.Grade):
		if !r.revealed {
			return reportErr(errors.New(r.sh.ui.Recall.RevealFirst)), false
		}
		for i, b := range k.Grades {
			if key.Matches(msg, b) {
				return r.grade(c, domain.Grades[i]), false
			}
		}
	case key.Matches(msg, k.Retire):
		return r.retire(c), false
	default:
		r.scroll = rfScrollKey(msg, k, r.scroll, len(r.bodyLines()), r.bodyRoom())
	}
	return nil, false
}

// next shows the card after the one just graded or retired, or the
// summary after the last.
func (r *recallSession) next() {
	r.at++
	r.revealed, r.scroll = false, 0
	if r.at >= len(r.cards) {
		r.ended = true
	}
}

// grade writes the grade of the card shown, dated today, and moves on at
// once; the write's status says when the card comes back. The store keeps
// no undo for a grade, so none is offered.
func (r *recallSession) grade(c store.RecallCard, g domain.Grade) tea.Cmd {
	r.given[g]++
	r.next()
	ui, today := r.sh.ui.Recall, r.sh.today()
	name := ui.Grades[g-1]
	return r.sh.write(func(st *store.Store) (string, func(*store.Store) error, error) {
		m, err := st.GradeCard(c.Day, today, g)
		return fmt.Sprintf(ui.Graded, c.Day, name, m.Due), nil, err
	})
}

// retire lets the card shown go: it is not asked again.
func (r *recallSession) retire(c store.RecallCard) tea.Cmd {
	r.given[0]++
	r.next()
	ui, today := r.sh.ui.Recall, r.sh.today()
	return r.sh.write(func(st *store.Store) (string, func(*store.Store) error, error) {
		return fmt.Sprintf(ui.Retired, c.Day), nil, st.RetireCard(c.Day, today)
	})
}

// scrollBy moves the card's body by n lines (keys and the mouse wheel).
func (r *recallSession) scrollBy(n int) { r.scroll = r.clampScroll(r.scroll + n) }

func (r *recallSession) clampScroll(off int) int {
	return min(max(off, 0), max(len(r.bodyLines())-r.bodyRoom(), 0))
}

func (r *recallSession) ShortHelp() []key.Binding {
	k := r.sh.keys
	switch _, ok := r.card(); {
	case !ok:
		return []key.Binding{k.Help}
	case r.revealed:
		return []key.Binding{k.Grade, k.Retire, k.EndSession, k.Help}
	}
	return []key.Binding{k.Reveal, k.Retire, k.EndSession, k.Help}
}

func (r *recallSession) FullHelp() [][]key.Binding {
	k := r.sh.keys
	return [][]key.Binding{
		{k.Reveal, k.Grades[0], k.Grades[1], k.Grades[2], k.Grades[3]},
		{k.Retire, k.EndSession},
		{k.Up, k.Down, k.PageUp, k.PageDown},
	}
}

// practisedOn is, for each card's day, the competencies of the tasks
// ticked off that day, the most minutes first: the cue of a card without
// a question of its own names them. Days older than the report's history
// have none.
func practisedOn(h store.History, cards []store.RecallCard) map[domain.Date][]string {
	comp := map[uint64]string{}
	for _, t := range h.Tasks {
		comp[t.ID] = t.Competency
	}
	out := map[domain.Date][]string{}
	for _, c := range cards {
		minutes := map[string]int{}
		var order []string
		for _, ci := range checkInsOn(h.CheckIns, c.Day) {
			id, ok := comp[ci.TaskID]
			if !ok || id == "" {
				continue
			}
			if _, seen := minutes[id]; !seen {
				order = append(order, id)
			}
			minutes[id] += ci.Minutes + 1 // a tick without minutes still counts
		}
		sort.SliceStable(order, func(i, j int) bool { return minutes[order[i]] > minutes[order[j]] })
		if len(order) > 0 {
			out[c.Day] = order
		}
	}
	return out
}

// checkInsOn is the check-ins of day, from a list sorted by date.
func checkInsOn(all []domain.CheckIn, day domain.Date) []domain.CheckIn {
	i := sort.Search(len(all), func(i int) bool { return all[i].Date >= day })
	j := i
	for j < len(all) && all[j].Date == day {
		j++
	}
	return all[i:j]
}
