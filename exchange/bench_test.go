package exchange_test

// Benchmarks of export and import on the demo datasets of a heavy user: one
// year and ten years of history, today fixed at 2026-11-28. Each dataset,
// its database file and its JSON export are made once per test binary. Run
// them with
//
//	go test -run '^$' -bench . -benchmem ./exchange
//
// No test asserts a timing: CI runs them once each (-benchtime=1x).

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"coach/content"
	"coach/demo"
	"coach/domain"
	"coach/exchange"
	"coach/store"
)

// benchToday is the last day of every benchmark dataset, a Saturday.
var benchToday = domain.NewDate(2026, time.November, 28)

func benchClock() time.Time { return time.Date(2026, 11, 28, 9, 0, 0, 0, time.Local) }

// benchExportedAt is the export time written into every document.
var benchExportedAt = time.Date(2026, 11, 28, 21, 0, 0, 0, time.UTC)

// benchYears are the dataset sizes every benchmark runs on.
var benchYears = [...]int{1, 10}

// benchData is one dataset, its database file and its JSON export.
type benchData struct {
	ds   domain.Dataset
	db   []byte // the database file's bytes
	json []byte // the export document
	err  error
}

// benchSets makes each dataset once, on first use.
var benchSets = [len(benchYears)]func() benchData{
	sync.OnceValue(func() benchData { return makeBenchData(benchYears[0]) }),
	sync.OnceValue(func() benchData { return makeBenchData(benchYears[1]) }),
}

// makeBenchData generates the dataset the way `coach demo --years N` does
// (seed 1, English), loads it into a database file and exports it.
func makeBenchData(years int) (bd benchData) {
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
	if err == nil {
		// Export what the store holds, as `coach export` does.
		var ds domain.Dataset
		if ds, err = st.Dump(); err == nil {
			var buf bytes.Buffer
			err = exchange.WriteJSON(&buf, ds, benchExportedAt)
			bd.json = buf.Bytes()
		}
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

// BenchmarkWriteJSON encodes a dataset already in memory.
func BenchmarkWriteJSON(b *testing.B) {
	benchEach(b, func(b *testing.B, bd benchData) {
		b.SetBytes(int64(len(bd.json)))
		for b.Loop() {
			if err := exchange.WriteJSON(io.Discard, bd.ds, benchExportedAt); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkReadJSON decodes and checks an export document in memory.
func BenchmarkReadJSON(b *testing.B) {
	benchEach(b, func(b *testing.B, bd benchData) {
		b.SetBytes(int64(len(bd.json)))
		for b.Loop() {
			if _, err := exchange.ReadJSON(bytes.NewReader(bd.json)); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkExport is `coach export -o FILE` without the process: read every
// record from the database and write the document to a file.
func BenchmarkExport(b *testing.B) {
	benchEach(b, func(b *testing.B, bd benchData) {
		dir := b.TempDir()
		path := filepath.Join(dir, "coach.db")
		if err := os.WriteFile(path, bd.db, 0o600); err != nil {
			b.Fatal(err)
		}
		st, err := store.Open(path, store.WithClock(benchClock))
		if err != nil {
			b.Fatal(err)
		}
		out := filepath.Join(dir, "export.json")
		b.SetBytes(int64(len(bd.json)))
		for b.Loop() {
			ds, err := st.Dump()
			if err != nil {
				b.Fatal(err)
			}
			f, err := os.Create(out)
			if err != nil {
				b.Fatal(err)
			}
			if err := exchange.WriteJSON(f, ds, benchExportedAt); err != nil {
				b.Fatal(err)
			}
			if err := f.Close(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkImport is `coach import FILE` into an empty database without
// the process: decode the document, check it, and write it in one
// transaction, the steps the command takes. Creating the empty database
// is not timed.
func BenchmarkImport(b *testing.B) {
	benchEach(b, func(b *testing.B, bd benchData) {
		dir := b.TempDir()
		src := filepath.Join(dir, "export.json")
		if err := os.WriteFile(src, bd.json, 0o600); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(bd.json)))
		i := 0
		for b.Loop() {
			b.StopTimer()
			i++
			st, err := store.Open(filepath.Join(dir, fmt.Sprintf("import-%d.db", i)), store.WithClock(benchClock))
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			f, err := os.Open(src)
			if err != nil {
				b.Fatal(err)
			}
			ds, err := exchange.ReadJSON(f)
			f.Close()
			if err != nil {
				b.Fatal(err)
			}
			if _, err := domain.CleanDataset(ds); err != nil {
				b.Fatal(err)
			}
			if empty, err := st.IsEmpty(); err != nil || !empty {
				b.Fatalf("the new database is not empty (%v)", err)
			}
			if err := st.Load(ds, false); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			os.Remove(st.Path()) // keeps the disk use of a long run small
			b.StartTimer()
		}
	})
}
