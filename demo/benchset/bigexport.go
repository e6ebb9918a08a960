package benchset

// The import tests of cli and exchange share these: a large export made on
// the fly, the sizes to try, and a sampler of the heap's peak.

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"testing"
	"time"

	"coach/domain"
)

// WriteBigExport writes an export of size bytes or a little more, made of
// 100 daily tasks and as many check-ins as it takes (one per task and day,
// every fourth with a note), the way WriteJSON lays it out. It returns the
// number of check-ins.
func WriteBigExport(t testing.TB, path string, size int64) int {
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

// BigSizes is 10 MB always, and 100 MB too when COACH_BIG_IMPORT is set
// (and not -short): that one takes a while under -race.
func BigSizes() []int64 {
	sizes := []int64{10 << 20}
	if !testing.Short() && os.Getenv("COACH_BIG_IMPORT") != "" {
		sizes = append(sizes, 100<<20)
	}
	return sizes
}

// HeapPeak samples the heap in use while f runs and returns the largest
// figure seen.
func HeapPeak(f func()) uint64 {
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
