package tui

import (
	"fmt"
	"strings"
	"testing"

	"coach/content"
	"coach/domain"
)

// At 80 columns Progress says everything it says at 120: the mean ratings
// move under the streak and a habit's explanation wraps, nothing is cut
// with "…"; and the bar's figure is the one the explanation starts with.
func TestProgressAt80ColumnsCutsNothing(t *testing.T) {
	for _, lang := range content.Langs() {
		sh := testShared(t, lang)
		task, err := sh.store.AddTask(domain.Task{Title: "Kata", Competency: domain.Depth, Repeat: "daily"})
		if err != nil {
			t.Fatal(err)
		}
		for d := testDay - 40; d <= testDay; d += 2 {
			if _, err := sh.store.SetDone(domain.CheckIn{TaskID: task.ID, Date: d}); err != nil {
				t.Fatal(err)
			}
			if _, err := sh.store.PutReflection(domain.Reflection{Date: d, Learned: "x", Rating: 3}); err != nil {
				t.Fatal(err)
			}
		}
		for _, w := range []int{80, 120} {
			var s screen = newProgressScreen(sh)
			s.SetSize(w, 200)
			s = runCmd(t, s, loadReport(sh))
			view := plainView(s)
			if strings.Contains(view, "…") {
				t.Errorf("%s at %d: something is cut:\n%s", lang, w, view)
			}
			assertFits(t, view, w)
			p := s.(*progressScreen)
			pct := fmt.Sprintf("%d%%", int(p.report.Tasks[0].Strength*100+0.5))
			if strings.Count(view, pct) < 2 {
				t.Errorf("%s at %d: the bar and its explanation do not both say %s:\n%s", lang, w, pct, view)
			}
		}
	}
}
