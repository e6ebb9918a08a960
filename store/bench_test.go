package store_test

// Benchmarks of the store on the demo datasets of a heavy user: one year
// and ten years of history, today fixed at 2026-11-28 (the dataset
// `coach demo --years N` writes). Each dataset and its database file are
// made once per test binary; every benchmark then works on a copy of the
// file of its own. Run them with
//
//	go test -run '^$' -bench . -benchmem ./store
//
// No test asserts a timing: CI runs them once each (-benchtime=1x) so that
// they keep working. scripts/bench.sh measures the whole commands.

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"coach/demo/benchset"
	"coach/domain"
	"coach/store"
)

// BenchmarkOpen is what every command pays first: checking the schema of an
// existing file.
func BenchmarkOpen(b *testing.B) {
	benchset.Each(b, func(b *testing.B, bd benchset.Set) {
		path := benchset.File(b, bd)
		for b.Loop() {
			if _, err := store.Open(path, store.WithClock(benchset.Clock)); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkRev is the full-screen app's poll for outside changes, once a
// second.
func BenchmarkRev(b *testing.B) {
	benchset.Each(b, func(b *testing.B, bd benchset.Set) {
		st := benchset.Store(b, bd)
		for b.Loop() {
			if _, err := st.Rev(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkDueOn reads the tasks due today: `coach today` and the Today
// screen.
func BenchmarkDueOn(b *testing.B) {
	benchset.Each(b, func(b *testing.B, bd benchset.Set) {
		st := benchset.Store(b, bd)
		n := 0
		for b.Loop() {
			items, err := st.DueOn(benchset.Today, benchset.Today)
			if err != nil {
				b.Fatal(err)
			}
			n = len(items)
		}
		b.ReportMetric(float64(n), "items")
	})
}

// BenchmarkCheckInsBetween reads the check-ins of the 28 days the Goals
// screen uses, and of a whole year.
func BenchmarkCheckInsBetween(b *testing.B) {
	benchset.Each(b, func(b *testing.B, bd benchset.Set) {
		st := benchset.Store(b, bd)
		for _, days := range []int{28, 365} {
			b.Run(fmt.Sprintf("%dd", days), func(b *testing.B) {
				b.ReportAllocs()
				n := 0
				for b.Loop() {
					cs, err := st.CheckInsBetween(benchset.Today-domain.Date(days-1), benchset.Today)
					if err != nil {
						b.Fatal(err)
					}
					n = len(cs)
				}
				b.ReportMetric(float64(n), "checkins")
			})
		}
	})
}

// BenchmarkToggle ticks a task due today off and back on, one write (one
// durable transaction) per op: `coach done` and space on Today. The day's
// first write, which keeps the daily copy, happens before the timing.
func BenchmarkToggle(b *testing.B) {
	benchset.Each(b, func(b *testing.B, bd benchset.Set) {
		st := benchset.Store(b, bd)
		items, err := st.DueOn(benchset.Today, benchset.Today)
		if err != nil {
			b.Fatal(err)
		}
		if len(items) == 0 {
			b.Fatal("nothing is due on the benchmark day")
		}
		it := items[0]
		c := domain.CheckIn{TaskID: it.Task.ID, Date: benchset.Today, Minutes: it.Task.Minutes}
		done := it.Done
		toggle := func() {
			var err error
			if done {
				_, err = st.SetUndone(c.TaskID, c.Date)
			} else {
				_, err = st.SetDone(c)
			}
			if err != nil {
				b.Fatal(err)
			}
			done = !done
		}
		toggle() // keeps the daily copy
		for b.Loop() {
			toggle()
		}
	})
}

// BenchmarkHistory reads what the coaching report is computed from: the
// window insight.Load reads (52 weeks and two, insight.Window) and the
// whole history (read when the day streak is longer than that).
func BenchmarkHistory(b *testing.B) {
	const window = 52*7 + 14
	benchset.Each(b, func(b *testing.B, bd benchset.Set) {
		st := benchset.Store(b, bd)
		for _, c := range []struct {
			name string
			from domain.Date
		}{{"window", benchset.Today - window}, {"all", 1}} {
			b.Run(c.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := st.History(c.from); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	})
}

// BenchmarkSearchReflections lists the past reflections, newest first:
// all of them (what the Reflect screen loads at start and after every
// change) and those holding a word.
func BenchmarkSearchReflections(b *testing.B) {
	benchset.Each(b, func(b *testing.B, bd benchset.Set) {
		st := benchset.Store(b, bd)
		for _, c := range []struct{ name, query string }{{"all", ""}, {"word", "scheduler"}} {
			b.Run(c.name, func(b *testing.B) {
				b.ReportAllocs()
				n := 0
				for b.Loop() {
					rs, err := st.SearchReflections(c.query)
					if err != nil {
						b.Fatal(err)
					}
					n = len(rs)
				}
				b.ReportMetric(float64(n), "found")
			})
		}
	})
}

// BenchmarkDump reads every record: the first half of `coach export`.
func BenchmarkDump(b *testing.B) {
	benchset.Each(b, func(b *testing.B, bd benchset.Set) {
		st := benchset.Store(b, bd)
		for b.Loop() {
			if _, err := st.Dump(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkLoad writes a whole dataset into an empty database in one
// transaction: the second half of `coach import`, and `coach demo --db`.
// Creating the empty file is not timed.
func BenchmarkLoad(b *testing.B) {
	benchset.Each(b, func(b *testing.B, bd benchset.Set) {
		dir := b.TempDir()
		i := 0
		for b.Loop() {
			b.StopTimer()
			i++
			st, err := store.Open(filepath.Join(dir, fmt.Sprintf("load-%d.db", i)), store.WithClock(benchset.Clock))
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			if err := st.Load(bd.Dataset, false); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			os.Remove(st.Path()) // keeps the disk use of a long run small
			b.StartTimer()
		}
	})
}

// BenchmarkGoalSummaries is the Goals screen's and `coach goals`' read:
// every goal with its counts and the last 28 days of check-ins. "minutes"
// gives every goal a target counted in minutes, the dearest kind: each of
// its tasks' check-ins of all the years is read.
func BenchmarkGoalSummaries(b *testing.B) {
	benchset.Each(b, func(b *testing.B, bd benchset.Set) {
		for _, measured := range []bool{false, true} {
			name := "plain"
			if measured {
				name = "minutes"
			}
			b.Run(name, func(b *testing.B) {
				st := benchset.Store(b, bd)
				if measured {
					gs, err := st.Goals()
					if err != nil {
						b.Fatal(err)
					}
					for _, g := range gs {
						g.Measure = domain.Measure{Kind: domain.MeasureMinutes, Target: domain.MaxMeasure}
						if _, err := st.UpdateGoal(g); err != nil {
							b.Fatal(err)
						}
					}
				}
				for b.Loop() {
					if _, _, err := st.GoalSummaries(benchset.Today-domain.Window+1, benchset.Today); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	})
}

// BenchmarkRecallDue reads today's recall session (coach recall), and
// BenchmarkRecallDueCount the number Today shows.
func BenchmarkRecallDue(b *testing.B) {
	benchset.Each(b, func(b *testing.B, bd benchset.Set) {
		st := benchset.Store(b, bd)
		for b.Loop() {
			if _, err := st.RecallDue(benchset.Today); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkRecallDueCount(b *testing.B) {
	benchset.Each(b, func(b *testing.B, bd benchset.Set) {
		st := benchset.Store(b, bd)
		for b.Loop() {
			if _, err := st.RecallDueCount(benchset.Today); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkGradeCard grades a card, as one key of a session does: one
// write that replays the card's log.
func BenchmarkGradeCard(b *testing.B) {
	benchset.Each(b, func(b *testing.B, bd benchset.Set) {
		st := benchset.Store(b, bd)
		rs, err := st.RecallDue(benchset.Today)
		if err != nil || len(rs.Cards) == 0 {
			b.Fatalf("nothing to recall on the benchmark day: %v", err)
		}
		card := rs.Cards[0].Day
		grades := domain.Grades
		i := 0
		for b.Loop() {
			if _, err := st.GradeCard(card, benchset.Today, grades[i%4]); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}
