package importer

import (
	"reflect"
	"testing"

	"coach/domain"
)

// checkHabitBatch checks what any import of habits must hold: every task
// and check-in passes validation unchanged, task origins are unique and
// of the reader's form (originOK), every habit recurs without a due date,
// every check-in names a task of the batch, falls on or before today and
// is its task's only one that day, and every count is of a reason and
// positive.
func checkHabitBatch(t testing.TB, b domain.ImportBatch, today domain.Date, originOK func(domain.ImportedTask) bool) {
	t.Helper()
	tasks := map[string]bool{}
	for _, it := range b.Tasks {
		if c, err := domain.CleanTask(it.Task); err != nil || !reflect.DeepEqual(c, it.Task) {
			t.Fatalf("task %+v does not pass CleanTask: %v", it, err)
		}
		if !it.Task.Schedule().Recurring() || it.Task.Due != 0 || it.Task.Repeat == "once" {
			t.Fatalf("habit %+v is not recurring", it.Task)
		}
		if tasks[it.Origin] || !originOK(it) {
			t.Fatalf("task origin %q repeated or not of its reader's form", it.Origin)
		}
		tasks[it.Origin] = true
	}
	type day struct {
		origin string
		date   domain.Date
	}
	seen := map[day]bool{}
	for _, c := range b.CheckIns {
		if cc, err := domain.CleanCheckIn(c.CheckIn); err != nil || !reflect.DeepEqual(cc, c.CheckIn) {
			t.Fatalf("check-in %+v does not pass CleanCheckIn: %v", c, err)
		}
		if !tasks[c.TaskOrigin] {
			t.Fatalf("check-in of a task not in the batch: %q", c.TaskOrigin)
		}
		if c.CheckIn.Date > today {
			t.Fatalf("check-in after today: %s", c.CheckIn.Date)
		}
		k := day{c.TaskOrigin, c.CheckIn.Date}
		if seen[k] {
			t.Fatalf("two check-ins of %q on %s", k.origin, k.date)
		}
		seen[k] = true
	}
	for what, counts := range map[string]map[string]int{"skipped": b.Skipped, "approximated": b.Approximated} {
		for reason, n := range counts {
			if reason == "" || n <= 0 {
				t.Fatalf("%s %q %d times", what, reason, n)
			}
		}
	}
}
