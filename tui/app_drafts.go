package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// The app's side of drafts: what it holds unsaved, what q would lose, and
// what the last run left.

// drafts is every form the user changed and has not saved: the open task
// or goal form and the reflection and review drafts.
func (a *app) drafts() []draft {
	var out []draft
	if ts, ok := a.screens[0].(*todayScreen); ok && ts.form != nil && ts.form.changed() {
		out = append(out, ts.form.draft())
	}
	if gs, ok := a.screens[1].(*goalsScreen); ok && gs.form != nil && gs.form.changed() {
		out = append(out, gs.form.draft())
	}
	if rs, ok := a.screens[2].(*reflectScreen); ok {
		for _, f := range rs.unsaved() {
			out = append(out, f.draft())
		}
	}
	return out
}

// draftNames says what drafts are, for the user.
func (a *app) draftNames(ds []draft) string {
	ui := a.sh.ui.Common
	var names []string
	for _, d := range ds {
		switch d.Kind {
		case "task":
			names = append(names, ui.DraftTask)
		case "goal":
			names = append(names, ui.DraftGoal)
		case "reflection":
			names = append(names, fmt.Sprintf(ui.DraftReflection, d.Day))
		case "review":
			names = append(names, fmt.Sprintf(ui.DraftReview, d.Week))
		}
	}
	return strings.Join(names, ui.ListSep)
}

// quit ends the app, first asking when that would lose drafts.
func (a *app) quit() tea.Cmd {
	ds := a.drafts()
	if len(ds) == 0 {
		return tea.Quit
	}
	a.openAsk(askMsg{
		question: fmt.Sprintf(a.sh.ui.Common.QuitDrafts, a.draftNames(ds)),
		yes: func() tea.Cmd {
			a.dropDrafts()
			return tea.Quit
		},
	})
	return nil
}

// dropDrafts forgets every draft: the user chose to quit without them.
func (a *app) dropDrafts() {
	if ts, ok := a.screens[0].(*todayScreen); ok {
		ts.form = nil
	}
	if gs, ok := a.screens[1].(*goalsScreen); ok {
		gs.form = nil
	}
	if rs, ok := a.screens[2].(*reflectScreen); ok {
		rs.dropDrafts()
	}
}

// restoreDrafts offers back what the last run left unsaved, once the first
// screen has loaded (a task form needs the goals it lists): a task or goal
// form opens as it was, reflections wait as drafts on their day.
func (a *app) restoreDrafts() tea.Cmd {
	rs := a.restore
	a.restore = nil
	if len(rs) == 0 {
		return nil
	}
	var back []draft
	var cmds []tea.Cmd
	formOpen := false
	for _, r := range rs {
		switch r.Kind {
		case "task", "goal":
			if formOpen {
				continue // the app never leaves two; a second has nowhere to go
			}
			formOpen = true
			if r.Kind == "task" {
				ts := a.screens[0].(*todayScreen)
				cmds = append(cmds, a.switchTo(0), ts.openForm(r.task))
				ts.form.restore(r.draft)
			} else {
				gs := a.screens[1].(*goalsScreen)
				cmds = append(cmds, a.switchTo(1), gs.openForm(r.goal))
				gs.form.restore(r.draft)
			}
		case "reflection", "review":
			rsc := a.screens[2].(*reflectScreen)
			var f *reflectForm
			if r.Kind == "reflection" {
				f = newReflectionForm(a.sh, r.refl)
			} else {
				f = newReviewForm(a.sh, r.review)
			}
			f.restore(r.draft)
			rsc.keep(f)
		}
		back = append(back, r.draft)
	}
	a.setStatus(fmt.Sprintf(a.sh.ui.Common.DraftsBack, a.draftNames(back)))
	return tea.Batch(cmds...)
}
