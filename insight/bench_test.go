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
	"testing"

	"coach/content"
	"coach/demo/benchset"
	"coach/domain"
	"coach/insight"
	"coach/store"
)

// benchEach runs fn as one sub-benchmark per dataset size ("1y", "10y"),
// each on a store over a copy of that dataset's file.
func benchEach(b *testing.B, fn func(b *testing.B, st *store.Store)) {
	benchset.Each(b, func(b *testing.B, s benchset.Set) { fn(b, benchset.Store(b, s)) })
}

// BenchmarkLoad reads the history and computes the report: all of
// `coach stats` but the printing, and opening Progress with a stale report.
func BenchmarkLoad(b *testing.B) {
	benchEach(b, func(b *testing.B, st *store.Store) {
		for b.Loop() {
			if _, _, err := insight.Load(st, benchset.Today, content.EN); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkCompute computes the report from a history already read.
func BenchmarkCompute(b *testing.B) {
	benchEach(b, func(b *testing.B, st *store.Store) {
		h, err := st.History(benchset.Today - insight.Window)
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			insight.Compute(h, benchset.Today, content.EN)
		}
	})
}

// BenchmarkWeek computes the weekly review's figures of the current week
// and of a week a year ago, from the history the report was computed from.
func BenchmarkWeek(b *testing.B) {
	benchEach(b, func(b *testing.B, st *store.Store) {
		_, h, err := insight.Load(st, benchset.Today, content.EN)
		if err != nil {
			b.Fatal(err)
		}
		for _, c := range []struct {
			name   string
			monday domain.Date
		}{{"this", benchset.Today.Monday()}, {"yearago", (benchset.Today - 364).Monday()}} {
			b.Run(c.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					insight.Week(h, c.monday, benchset.Today)
				}
			})
		}
	})
}
