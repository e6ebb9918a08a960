package exchange

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"unsafe"

	"coach/demo/benchset"
	"coach/domain"
)

// TestReadJSONMemory reads a large export and checks that the heap holds
// about the decoded records, not the file's text on top of them.
func TestReadJSONMemory(t *testing.T) {
	for _, size := range benchset.BigSizes() {
		t.Run(fmt.Sprintf("%dMB", size>>20), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "big.json")
			n := benchset.WriteBigExport(t, path, size)
			fi, _ := os.Stat(path)

			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			var ds domain.Dataset
			var err error
			peak := benchset.HeapPeak(func() {
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
