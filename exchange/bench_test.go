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
	"testing"
	"time"

	"coach/demo/benchset"
	"coach/domain"
	"coach/exchange"
	"coach/store"
)

// benchExportedAt is the export time written into every document.
var benchExportedAt = time.Date(2026, 11, 28, 21, 0, 0, 0, time.UTC)

// benchData is a benchmark dataset with its JSON export.
type benchData struct {
	benchset.Set
	json []byte // the export document
}

// benchEach runs fn as one sub-benchmark per dataset size ("1y", "10y").
func benchEach(b *testing.B, fn func(b *testing.B, bd benchData)) {
	benchset.Each(b, func(b *testing.B, s benchset.Set) {
		st := benchset.Store(b, s)
		ds, err := st.Dump()
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		if err := exchange.WriteJSON(&buf, ds, benchExportedAt, nil); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		fn(b, benchData{Set: s, json: buf.Bytes()})
	})
}

// BenchmarkWriteJSON encodes a dataset already in memory.
func BenchmarkWriteJSON(b *testing.B) {
	benchEach(b, func(b *testing.B, bd benchData) {
		b.SetBytes(int64(len(bd.json)))
		for b.Loop() {
			if err := exchange.WriteJSON(io.Discard, bd.Dataset, benchExportedAt, nil); err != nil {
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
		if err := os.WriteFile(path, bd.DB, 0o600); err != nil {
			b.Fatal(err)
		}
		st, err := store.Open(path, store.WithClock(benchset.Clock))
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
			if err := exchange.WriteJSON(f, ds, benchExportedAt, nil); err != nil {
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
			st, err := store.Open(filepath.Join(dir, fmt.Sprintf("import-%d.db", i)), store.WithClock(benchset.Clock))
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
