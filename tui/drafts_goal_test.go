package tui

import (
	"testing"

	"coach/content"
	"coach/domain"
)

// A goal draft written by the build before the measurable target (five
// fields: title, competency, why, target date, resources) comes back with
// every text in its own field and the target empty.
func TestGoalDraftFromBeforeTheTargetField(t *testing.T) {
	sh := testShared(t, content.EN)
	old := draft{Kind: "goal",
		Text:   []string{"Learn the scheduler", "", "to debug latency", "2027-03-31", "Go runtime source"},
		Choice: []int{0, 1, 0, 0, 0},
		Lines:  []string{"Go runtime source"},
		Focus:  4, // the resources
	}
	gf := newGoalForm(sh, domain.Goal{})
	gf.SetSize(80, 40)
	gf.restore(old)
	g, ok := gf.result(testDay)
	if !ok {
		t.Fatalf("restored form has errors: %+v", gf.fields)
	}
	if g.Title != "Learn the scheduler" || g.Competency != domain.Competencies[1] || g.Why != "to debug latency" ||
		g.Target.String() != "2027-03-31" || !g.Measure.IsZero() || len(g.Resources) != 1 || g.Resources[0] != "Go runtime source" {
		t.Errorf("restored goal %+v", g)
	}
	if gf.focus != gfResources {
		t.Errorf("focus on field %d, want the resources (%d)", gf.focus, gfResources)
	}
	// A draft of today's form is left as it is.
	now := gf.draft()
	again := newGoalForm(sh, domain.Goal{})
	again.restore(now)
	if g2, ok := again.result(testDay); !ok || g2.Title != g.Title || len(g2.Resources) != 1 {
		t.Errorf("a current draft restored as %+v (ok %v)", g2, ok)
	}
}
