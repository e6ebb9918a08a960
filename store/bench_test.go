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
	"sync"
	"testing"
	"time"

	"coach/content"
	"coach/demo"
	"coach/domain"
	"coach/store"
)

// benchToday is the last day of every benchmark dataset, a Saturday.
var benchToday = domain.NewDate(2026, time.November, 28)

// benchClock stamps what the benchmarks write; the daily copy is named
// after its day.
func benchClock() time.Time { return time.Date(2026, 11, 28, 9, 0, 0, 0, time.Local) }

// benchYears are the dataset sizes every benchmark runs on.
var benchYears = [...]int{1, 10}

// benchData is one dataset and the database file that holds it.
type benchData struct {
	years int
	ds    domain.Dataset
	db    []byte // the file's bytes; each benchmark writes its own copy
	err   error
}

// benchSets makes each dataset once, on first use.
var benchSets = [len(benchYears)]func() benchData{
	sync.OnceValue(func() benchData { return makeBenchData(benchYears[0]) }),
	sync.OnceValue(func() benchData { return makeBenchData(benchYears[1]) }),
}

// makeBenchData generates the dataset of `years` years the way `coach demo`
// does (seed 1, English) and loads it into a database file, keeping the
// file's bytes. The temporary directory is removed at once.
func makeBenchData(years int) benchData {
	bd := benchData{years: years}
	bd.ds = demo.Generate(demo.Options{Years: float64(years), Seed: 1, Today: benchToday, Lang: content.EN})
	dir, err := os.MkdirTemp("", "coach-bench-")
	if err != nil {
		bd.err = err
		return bd
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "coach.db")
	st, err := store.Open(path, store.WithClock(benchClock))
	if err == nil {
		err = st.Load(bd.ds, false)
	}
	if err == nil {
		bd.db, err = os.ReadFile(path)
	}
	bd.err = err
	return bd
}

// benchEach runs fn as one sub-benchmark per dataset size ("1y", "10y").
func benchEach(b *testing.B, fn func(b *testing.B, bd benchData)) {
	for i, years := range benchYears {
		b.Run(fmt.Sprintf("%dy", years), func(b *testing.B) {
			bd := benchSets[i]()
			if bd.err != nil {
				b.Fatalf("making the %d-year dataset: %v", years, bd.err)
			}
			b.ReportAllocs()
			fn(b, bd)
		})
	}
}

// benchFile writes a copy of the dataset's database file into a fresh
// temporary directory and returns its path.
func benchFile(b *testing.B, bd benchData) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "coach.db")
	if err := os.WriteFile(path, bd.db, 0o600); err != nil {
		b.Fatal(err)
	}
	return path
}

// benchStore opens a copy of the dataset's database.
func benchStore(b *testing.B, bd benchData) *store.Store {
	b.Helper()
	st, err := store.Open(benchFile(b, bd), store.WithClock(benchClock))
	if err != nil {
		b.Fatal(err)
	}
	return st
}

// BenchmarkOpen is what every command pays first: checking the schema of an
// existing file.
func BenchmarkOpen(b *testing.B) {
	benchEach(b, func(b *testing.B, bd benchData) {
		path := benchFile(b, bd)
		for b.Loop() {
			if _, err := store.Open(path, store.WithClock(benchClock)); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkRev is the full-screen app's poll for outside changes, once a
// second.
func BenchmarkRev(b *testing.B) {
	benchEach(b, func(b *testing.B, bd benchData) {
		st := benchStore(b, bd)
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
	benchEach(b, func(b *testing.B, bd benchData) {
		st := benchStore(b, bd)
		n := 0
		for b.Loop() {
			items, err := st.DueOn(benchToday, benchToday)
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
	benchEach(b, func(b *testing.B, bd benchData) {
		st := benchStore(b, bd)
		for _, days := range []int{28, 365} {
			b.Run(fmt.Sprintf("%dd", days), func(b *testing.B) {
				b.ReportAllocs()
				n := 0
				for b.Loop() {
					cs, err := st.CheckInsBetween(benchToday-domain.Date(days-1), benchToday)
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
	benchEach(b, func(b *testing.B, bd benchData) {
		st := benchStore(b, bd)
		items, err := st.DueOn(benchToday, benchToday)
		if err != nil {
			b.Fatal(err)
		}
		if len(items) == 0 {
			b.Fatal("nothing is due on the benchmark day")
		}
		it := items[0]
		c := domain.CheckIn{TaskID: it.Task.ID, Date: benchToday, Minutes: it.Task.Minutes}
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
	benchEach(b, func(b *testing.B, bd benchData) {
		st := benchStore(b, bd)
		for _, c := range []struct {
			name string
			from domain.Date
		}{{"window", benchToday - window}, {"all", 1}} {
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
	benchEach(b, func(b *testing.B, bd benchData) {
		st := benchStore(b, bd)
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
	benchEach(b, func(b *testing.B, bd benchData) {
		st := benchStore(b, bd)
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
	benchEach(b, func(b *testing.B, bd benchData) {
		dir := b.TempDir()
		i := 0
		for b.Loop() {
			b.StopTimer()
			i++
			st, err := store.Open(filepath.Join(dir, fmt.Sprintf("load-%d.db", i)), store.WithClock(benchClock))
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			if err := st.Load(bd.ds, false); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			os.Remove(st.Path()) // keeps the disk use of a long run small
			b.StartTimer()
		}
	})
}
