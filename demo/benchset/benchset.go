// Package benchset gives the benchmarks of every package the same data: a
// heavy user's one and ten years, as `coach demo --years N` writes them
// (seed 1, English, today 2026-11-28). Each dataset and the database file
// holding it are made once per test binary; each benchmark then opens a
// copy of the file of its own. bigexport.go holds what the import tests
// of cli and exchange share.
package benchset

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

// Today is the last day of every dataset, a Saturday.
var Today = domain.NewDate(2026, time.November, 28)

// Clock stamps what a benchmark writes; the daily copy is named after it.
func Clock() time.Time { return time.Date(2026, 11, 28, 9, 0, 0, 0, time.Local) }

// Years are the dataset sizes every benchmark runs on.
var Years = [...]int{1, 10}

// Set is one dataset and the bytes of the database file that holds it.
type Set struct {
	Years   int
	Dataset domain.Dataset
	DB      []byte
	err     error
}

var sets = [len(Years)]func() Set{
	sync.OnceValue(func() Set { return makeSet(Years[0]) }),
	sync.OnceValue(func() Set { return makeSet(Years[1]) }),
}

func makeSet(years int) Set {
	s := Set{Years: years}
	s.Dataset = demo.Generate(demo.Options{Years: float64(years), Seed: 1, Today: Today, Lang: content.EN})
	dir, err := os.MkdirTemp("", "coach-bench-")
	if err != nil {
		s.err = err
		return s
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "coach.db")
	st, err := store.Open(path, store.WithClock(Clock))
	if err == nil {
		err = st.Load(s.Dataset, false)
	}
	if err == nil {
		s.DB, err = os.ReadFile(path)
	}
	s.err = err
	return s
}

// Each runs fn as one sub-benchmark per dataset size ("1y", "10y").
func Each(b *testing.B, fn func(b *testing.B, s Set)) {
	for i, years := range Years {
		b.Run(fmt.Sprintf("%dy", years), func(b *testing.B) {
			s := sets[i]()
			if s.err != nil {
				b.Fatalf("making the %d-year dataset: %v", years, s.err)
			}
			b.ReportAllocs()
			fn(b, s)
		})
	}
}

// File writes a copy of the set's database file into a fresh temporary
// directory and returns its path.
func File(b *testing.B, s Set) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "coach.db")
	if err := os.WriteFile(path, s.DB, 0o600); err != nil {
		b.Fatal(err)
	}
	return path
}

// Store opens a copy of the set's database.
func Store(b *testing.B, s Set) *store.Store {
	b.Helper()
	st, err := store.Open(File(b, s), store.WithClock(Clock))
	if err != nil {
		b.Fatal(err)
	}
	return st
}
