package demo_test

import (
	"bufio"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"coach/content"
	"coach/demo"
	"coach/domain"
)

var update = flag.Bool("update", false, "rewrite testdata/datasets.sha256 from the current generator")

const hashFile = "testdata/datasets.sha256"

// sameCases are the datasets whose hashes testdata/datasets.sha256 holds:
// short and long periods, both languages, a time zone east of UTC and the
// default today.
var sameCases = []struct {
	name string
	opts demo.Options
}{
	{"en-1day-seed5", opts(5, 1, content.EN)},
	{"en-27days-seed5", opts(5, 27, content.EN)},
	{"en-28days-seed5", opts(5, 28, content.EN)},
	{"zh-60days-seed3", opts(3, 60, content.ZH)},
	{"en-365days-seed1", opts(1, 365, content.EN)},
	{"zh-365days-seed1", opts(1, 365, content.ZH)},
	{"en-365days-seed7-kolkata", demo.Options{Days: 365, Seed: 7, Today: today, Lang: content.EN, Loc: time.FixedZone("IST", 5*3600+1800)}},
	{"zh-default-today-seed2", demo.Options{Days: 200, Seed: 2, Lang: content.ZH, Loc: time.UTC}},
	{"en-10years-seed42", demo.Options{Years: 10, Seed: 42, Today: today, Lang: content.EN, Loc: time.UTC}},
	{"zh-10years-seed42", demo.Options{Years: 10, Seed: 42, Today: today, Lang: content.ZH, Loc: time.UTC}},
}

func datasetHash(t *testing.T, ds domain.Dataset) string {
	t.Helper()
	b, err := json.Marshal(ds)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%x", sha256.Sum256(b))
}

// TestSameDatasets pins the generator's output: goldens, benchmarks and the
// figures of docs/performance.md are made from it, so a change to the code
// must not move a single byte of the data. Run with -update only when the data is meant
// to change, and say so in the commit.
func TestSameDatasets(t *testing.T) {
	got := make([]string, len(sameCases))
	for i, c := range sameCases {
		got[i] = c.name + " " + datasetHash(t, demo.Generate(c.opts))
	}
	if *update {
		head := "# sha256 of json.Marshal(demo.Generate(opts)) for each case of sameCases in\n" +
			"# same_test.go; written by `go test ./demo -run TestSameDatasets -update`.\n"
		if err := os.WriteFile(hashFile, []byte(head+strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want := readHashes(t)
	for i, c := range sameCases {
		if want[c.name] == "" {
			t.Errorf("%s: no hash recorded in %s", c.name, hashFile)
		} else if line := c.name + " " + want[c.name]; got[i] != line {
			t.Errorf("%s: the dataset changed (sha256 %s, recorded %s)", c.name, strings.Fields(got[i])[1], want[c.name])
		}
	}
}

func readHashes(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open(hashFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			name, hash, _ := strings.Cut(line, " ")
			out[name] = hash
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
