package exchange

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
	"unsafe"

	"coach/domain"
)

// writeBigExport writes an export of size bytes or a little more, made of
// 100 daily tasks and as many check-ins as it takes (one per task and day,
// every fourth with a note), the way WriteJSON lays it out. It returns the
// number of check-ins.
func writeBigExport(t testing.TB, path string, size int64) int {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "{\n  \"format\": \"coach\",\n  \"version\": 1,\n  \"exported_at\": \"2026-11-28T09:00:00Z\",\n  \"goals\": [],\n  \"tasks\": [")
	const tasks = 100
	for id := 1; id <= tasks; id++ {
		if id > 1 {
			w.WriteString(",")
		}
		fmt.Fprintf(w, "\n    {\n      \"id\": %d,\n      \"title\": \"Habit %d\",\n      \"goal_id\": 0,\n      \"competency\": \"depth\",\n"+
			"      \"repeat\": \"daily\",\n      \"due\": \"\",\n      \"minutes\": 30,\n      \"notes\": \"\",\n      \"archived\": false,\n"+
			"      \"created\": \"1990-01-01T08:00:00Z\"\n    }", id, id)
	}
	w.WriteString("\n  ],\n  \"checkins\": [")
	n := 0
	day := domain.NewDate(1990, 1, 1)
	written := int64(0)
	for written < size {
		for id := 1; id <= tasks; id++ {
			if n > 0 {
				w.WriteString(",")
			}
			note := ""
			if n%4 == 0 {
				note = "read a chapter, 读了一章"
			}
			k, _ := fmt.Fprintf(w, "\n    {\n      \"task_id\": %d,\n      \"date\": \"%s\",\n      \"minutes\": %d,\n      \"note\": %q\n    }",
				id, day, 20+n%40, note)
			written += int64(k)
			n++
		}
		day++
	}
	w.WriteString("\n  ],\n  \"reflections\": [],\n  \"reviews\": []\n}\n")
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return n
}

// bigSizes is 10 MB always, and 100 MB too when COACH_BIG_IMPORT is set
// (and not -short): that one takes a while under -race.
func bigSizes() []int64 {
	sizes := []int64{10 << 20}
	if !testing.Short() && os.Getenv("COACH_BIG_IMPORT") != "" {
		sizes = append(sizes, 100<<20)
	}
	return sizes
}

// heapPeak samples the heap in use while f runs and returns the largest
// figure seen.
func heapPeak(f func()) uint64 {
	var peak uint64
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapInuse)
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	f()
	close(stop)
	<-done
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return max(peak, m.HeapInuse)
}

// TestReadJSONMemory reads a large export and checks that the heap holds
// about the decoded records, not the file's text on top of them.
func TestReadJSONMemory(t *testing.T) {
	for _, size := range bigSizes() {
		t.Run(fmt.Sprintf("%dMB", size>>20), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "big.json")
			n := writeBigExport(t, path, size)
			fi, _ := os.Stat(path)

			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			var ds domain.Dataset
			var err error
			peak := heapPeak(func() {
				f, ferr := os.Open(path)
				if ferr != nil {
					t.Fatal(ferr)
				}
				defer f.Close()
				ds, err = ReadJSON(bufio.NewReader(f))
			})
			if err != nil {
				t.Fatal(err)
			}
			runtime.ReadMemStats(&after)
			allocated := after.TotalAlloc - before.TotalAlloc
			runtime.GC()
			runtime.ReadMemStats(&after)
			if len(ds.CheckIns) != n || len(ds.Tasks) != 100 {
				t.Fatalf("read %d check-ins and %d tasks, want %d and 100", len(ds.CheckIns), len(ds.Tasks), n)
			}
			// The decoded records: the check-ins' array and their notes.
			decoded := uint64(cap(ds.CheckIns)) * uint64(unsafe.Sizeof(domain.CheckIn{}))
			for _, c := range ds.CheckIns {
				decoded += uint64(len(c.Note))
			}
			live := int64(after.HeapInuse) - int64(before.HeapInuse)
			peakUse := int64(peak) - int64(before.HeapInuse)
			mb := func(v int64) string { return fmt.Sprintf("%.1f MB", float64(v)/(1<<20)) }
			t.Logf("file %s, %d check-ins: decoded %s, live after %s, peak heap in use +%s (%.1f× decoded, %.2f× file), allocated in total %s",
				mb(fi.Size()), n, mb(int64(decoded)), mb(live), mb(peakUse), float64(peakUse)/float64(decoded),
				float64(peakUse)/float64(fi.Size()), mb(int64(allocated)))
			// A loose bound: the peak stays near the decoded data (a slice
			// that grows by copying, plus garbage the collector has not
			// reclaimed yet). Decoding the whole document at once, as
			// ReadJSON did before it streamed, held the file's text and
			// its intermediate state on top: 4× the file at its peak.
			if limit := 3*int64(decoded) + 8<<20; peakUse > limit {
				t.Errorf("peak heap in use +%s, more than 3× the decoded %s", mb(peakUse), mb(int64(decoded)))
			}
			runtime.KeepAlive(ds)
		})
	}
}
