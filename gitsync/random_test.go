package gitsync

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"coach/domain"
)

// TestRandomOperationsConverge runs random operations on three devices,
// syncing them in random orders, then has every device sync twice: the
// three journals must then be identical apart from local ids, and a
// further sync must change nothing.
func TestRandomOperationsConverge(t *testing.T) {
	seeds := []uint64{1, 2, 3}
	if testing.Short() {
		seeds = seeds[:1]
	}
	for _, seed := range seeds {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			remote := bareRemote(t)
			devs := []*device{newDevice(t, "a"), newDevice(t, "b"), newDevice(t, "c")}
			rng := rand.New(rand.NewPCG(seed, 42))
			// Each starts with a journal of its own, then joins.
			for _, d := range devs {
				for range 3 {
					randomOp(t, rng, d)
				}
				d.init(remote, false)
			}
			for range 60 {
				d := devs[rng.IntN(len(devs))]
				if rng.IntN(4) == 0 {
					d.sync()
				} else {
					randomOp(t, rng, d)
				}
			}
			for range 2 {
				for _, i := range rng.Perm(len(devs)) {
					devs[i].sync()
				}
			}
			agree(t, devs...)
			for _, d := range devs {
				if res := d.sync(); res.Sent != 0 || res.Received != 0 {
					t.Errorf("%s: a sync after all agree did %+v", d.name, res)
				}
				ds, err := d.st.Dump()
				if err != nil {
					t.Fatal(err)
				}
				if _, err := domain.CleanDataset(ds); err != nil {
					t.Errorf("%s: the merged journal would not import: %v", d.name, err)
				}
				if problems, err := d.st.Check(); err != nil || len(problems) > 0 {
					t.Errorf("%s: coach check: %v %v", d.name, problems, err)
				}
			}
		})
	}
}

// TestSyncsAtTheSameMoment has two devices change and sync at once, over
// and over: pushes refused because the other pushed first are retried,
// and nothing is lost.
func TestSyncsAtTheSameMoment(t *testing.T) {
	a, b := pair(t)
	var wg sync.WaitGroup
	for i := range 6 {
		for _, d := range []*device{a, b} {
			must[domain.Goal](t)(d.st.AddGoal(domain.Goal{Title: fmt.Sprintf("%s %d", d.name, i), Competency: domain.Depth}))
		}
		wg.Add(2)
		for _, d := range []*device{a, b} {
			go func() {
				defer wg.Done()
				if _, err := Sync(t.Context(), d.st, d.o); err != nil {
					t.Errorf("%s: %v", d.name, err)
				}
			}()
		}
		wg.Wait()
	}
	settle(a, b)
	agree(t, a, b)
	if n := len(must[[]domain.Goal](t)(a.st.Goals())); n != 12 {
		t.Fatalf("%d goals, want 12", n)
	}
}

var days = []string{"2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28"}

// randomOp does one thing a user does, on d.
func randomOp(t *testing.T, rng *rand.Rand, d *device) {
	t.Helper()
	goals := must[[]domain.Goal](t)(d.st.Goals())
	tasks := must[[]domain.Task](t)(d.st.Tasks(true))
	someDay := day(days[rng.IntN(len(days))])
	word := fmt.Sprintf("%s-%d", d.name, rng.IntN(1000))
	switch n := rng.IntN(13); {
	case n == 0 || len(goals) == 0:
		must[domain.Goal](t)(d.st.AddGoal(domain.Goal{Title: "goal " + word, Competency: domain.Competencies[rng.IntN(len(domain.Competencies))]}))
	case n == 1:
		g := goals[rng.IntN(len(goals))]
		status := []string{domain.StatusActive, domain.StatusDone, domain.StatusArchived}[rng.IntN(3)]
		must[domain.Goal](t)(d.st.SetGoalStatus(g.ID, status))
	case n == 2:
		g := goals[rng.IntN(len(goals))]
		must[domain.Goal](t)(d.st.EditGoal(g.ID, func(g *domain.Goal) { g.Why = "why " + word }))
	case n == 3 || len(tasks) == 0:
		task := domain.Task{Title: "task " + word, Competency: domain.Depth, Repeat: "daily"}
		if rng.IntN(3) == 0 {
			task.Repeat, task.Due = "once", someDay
		}
		if rng.IntN(2) == 0 {
			task.GoalID = goals[rng.IntN(len(goals))].ID
		}
		must[domain.Task](t)(d.st.AddTask(task))
	case n == 4:
		task := tasks[rng.IntN(len(tasks))]
		task.Title = "edited " + word
		must[domain.Task](t)(d.st.UpdateTask(task))
	case n == 5:
		task := tasks[rng.IntN(len(tasks))]
		if task.Archived {
			must[domain.Task](t)(d.st.UnarchiveTask(task.ID))
		} else {
			must[domain.Task](t)(d.st.ArchiveTask(task.ID, someDay))
		}
	case n <= 8:
		task := tasks[rng.IntN(len(tasks))]
		if task.Archived {
			return
		}
		if _, err := d.st.SetUndone(task.ID, someDay); err != nil {
			must[domain.CheckIn](t)(d.st.SetDone(domain.CheckIn{TaskID: task.ID, Date: someDay, Minutes: rng.IntN(60), Note: word}))
		}
	case n == 9:
		must[*domain.Reflection](t)(d.st.PutReflection(domain.Reflection{Date: someDay, Learned: "learned " + word, Rating: 1 + rng.IntN(5)}))
	case n == 10:
		d.st.DeleteReflection(someDay) // nothing to delete is fine
	case n == 11:
		// Grade a card, when that day has one (after it was written).
		d.st.GradeCard(someDay, someDay+domain.Date(1+rng.IntN(5)), domain.Grades[rng.IntN(4)])
	default:
		week := someDay.Week()
		must[*domain.Review](t)(d.st.PutReview(domain.Review{Week: week, WentWell: "went " + word}))
	}
}

// TestARefusedPushIsRetried has B push between A's fetch and A's push:
// A's push is refused, A fetches, merges B's change and pushes again.
func TestARefusedPushIsRetried(t *testing.T) {
	a, b := pair(t)
	must[domain.Goal](t)(a.st.AddGoal(domain.Goal{Title: "from A", Competency: domain.Depth}))
	must[domain.Goal](t)(b.st.AddGoal(domain.Goal{Title: "from B", Competency: domain.Depth}))
	beforePush = func() {
		beforePush = nil
		b.sync()
	}
	defer func() { beforePush = nil }()
	res := a.sync()
	if res.Retries != 1 {
		t.Errorf("A's sync retried %d times, want 1", res.Retries)
	}
	if res.Received != 1 {
		t.Errorf("A received %d records, want B's goal", res.Received)
	}
	b.sync()
	agree(t, a, b)
}
