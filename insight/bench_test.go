package insight_test

// Benchmarks of the coaching report (`coach stats`, the Progress screen and
// the weekly review's figures) on the demo datasets of a heavy user: one
// year and ten years of history, today fixed at 2026-11-28. Each dataset
// and its database file are made once per test binary. Run them with
//
//	go test -run '^$' -bench . -benchmem ./insight
//
// No test asserts a timing: CI runs them once each (-benchtime=1x).

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
	"coach/insight"
	"coach/store"
)

// benchToday is the last day of every benchmark dataset, a Saturday.
var benchToday = domain.NewDate(2026, time.November, 28)

func benchClock() time.Time { return time.Date(2026, 11, 28, 9, 0, 0, 0, time.Local) }

// benchYears are the dataset sizes every benchmark runs on.
var benchYears = [...]int{1, 10}

// benchData is one dataset's database file.
type benchData struct {
	db  []byte // the file's bytes; each benchmark writes its own copy
	err error
}

// benchSets makes each dataset once, on first use.
var benchSets = [len(benchYears)]func() benchData{
	sync.OnceValue(func() benchData { return makeBenchData(benchYears[0]) }),
	sync.OnceValue(func() benchData { return makeBenchData(benchYears[1]) }),
}

// makeBenchData generates the dataset the way `coach demo --years N` does
// (seed 1, English) and keeps the bytes of the database file holding it.
func makeBenchData(years int) (bd benchData) {
	ds := demo.Generate(demo.Options{Years: float64(years), Seed: 1, Today: benchToday, Lang: content.EN})
	dir, err := os.MkdirTemp("", "coach-bench-")
	if err != nil {
		return benchData{err: err}
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "coach.db")
	st, err := store.Open(path, store.WithClock(benchClock))
	if err == nil {
		err = st.Load(ds, false)
	}
	if err == nil {
		bd.db, err = os.ReadFile(path)
	}
	bd.err = err
	return bd
}

// benchEach runs fn as one sub-benchmark per dataset size ("1y", "10y"),
// each on a store over a copy of that dataset's file.
func benchEach(b *testing.B, fn func(b *testing.B, st *store.Store)) {
	for i, years := range benchYears {
		b.Run(fmt.Sprintf("%dy", years), func(b *testing.B) {
			bd := benchSets[i]()
			if bd.err != nil {
				b.Fatalf("making the %d-year dataset: %v", years, bd.err)
			}
			path := filepath.Join(b.TempDir(), "coach.db")
			if err := os.WriteFile(path, bd.db, 0o600); err != nil {
				b.Fatal(err)
			}
			st, err := store.Open(path, store.WithClock(benchClock))
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			fn(b, st)
		})
	}
}

// BenchmarkLoad reads the history and computes the report: all of
// `coach stats` but the printing, and opening Progress with a stale report.
func BenchmarkLoad(b *testing.B) {
	benchEach(b, func(b *testing.B, st *store.Store) {
		for b.Loop() {
			if _, _, err := insight.Load(st, benchToday, content.EN); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkCompute computes the report from a history already read.
func BenchmarkCompute(b *testing.B) {
	benchEach(b, func(b *testing.B, st *store.Store) {
		h, err := st.History(benchToday - insight.Window)
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			insight.Compute(h, benchToday, content.EN)
		}
	})
}

// BenchmarkWeek computes the weekly review's figures of the current week
// and of a week a year ago, from the history the report was computed from.
func BenchmarkWeek(b *testing.B) {
	benchEach(b, func(b *testing.B, st *store.Store) {
		_, h, err := insight.Load(st, benchToday, content.EN)
		if err != nil {
			b.Fatal(err)
		}
		for _, c := range []struct {
			name   string
			monday domain.Date
		}{{"this", benchToday.Monday()}, {"yearago", (benchToday - 364).Monday()}} {
			b.Run(c.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					insight.Week(h, c.monday, benchToday)
				}
			})
		}
	})
}
