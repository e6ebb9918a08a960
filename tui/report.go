package tui

import (
	tea "charm.land/bubbletea/v2"

	"coach/insight"
	"coach/store"
)

// reportMsg carries a freshly computed coaching report. The root computes
// it and every screen sees it: Progress draws it, Today shows its top
// suggestion, Reflect's review takes the week figures' history, Goals a
// habit's history, and the root the streak in the tab bar.
type reportMsg struct {
	report  insight.Report
	history store.History     // what it was computed from
	recall  store.RecallStats // the figures of recall, which Progress shows beside it
	err     error
}

// loadReport computes the report off the UI loop.
func loadReport(sh *shared) tea.Cmd {
	st, today, lang := sh.store, sh.today(), sh.lang
	return func() tea.Msg {
		r, h, err := insight.Load(st, today, lang)
		var rs store.RecallStats
		if err == nil {
			rs, err = st.RecallStats(today)
		}
		return reportMsg{report: r, history: h, recall: rs, err: err}
	}
}

// reportLoad is the root's state of the shared report: one computation at
// a time, and one more when the data changed while it ran.
type reportLoad struct {
	running bool
	again   bool // the data changed since the running one began
}

// start returns the command that computes the report, or nil when one is
// running: that one is then followed by another (see done).
func (r *reportLoad) start(sh *shared) tea.Cmd {
	if r.running {
		r.again = true
		return nil
	}
	r.running, r.again = true, false
	return loadReport(sh)
}

// done notes a report arrived and returns the next computation when the
// data changed during this one: a report read before a change must not be
// the last word.
func (r *reportLoad) done(sh *shared) tea.Cmd {
	r.running = false
	if r.again {
		return r.start(sh)
	}
	return nil
}
