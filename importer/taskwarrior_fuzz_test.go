package importer

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzReadTaskwarrior: whatever the file holds, reading it never panics,
// and what it gives passes domain.Clean*, refers only to records in the
// batch, and accounts for every record.
func FuzzReadTaskwarrior(f *testing.F) {
	// Small seeds with every shape of the fixture: a large one makes the
	// fuzzer spend its time minimising.
	for _, seed := range []string{
		`[{"uuid":"22222222-2222-4222-8222-000000000001","description":"a\nb","status":"pending","due":"20261205T170000Z","entry":"20261120T080000Z","project":"home.x","tags":["t"],"annotations":[{"description":"n"}],"priority":"H","urgency":1},
{"uuid":"22222222-2222-4222-8222-000000000002","description":"c","status":"completed","end":"20261124T183000Z","project":"home.x"},
{"uuid":"22222222-2222-4222-8222-000000000003","description":"d","status":"recurring","recur":"weekly"},
{"uuid":"22222222-2222-4222-8222-000000000004","description":"d","status":"completed","end":"20261129T080000Z","parent":"22222222-2222-4222-8222-000000000003"},
{"uuid":"22222222-2222-4222-8222-000000000005","description":"e","status":"waiting"},
{"uuid":"22222222-2222-4222-8222-000000000001","description":"f","status":"deleted"}]`,
		`[]`, `[{}]`, `null`, `[{"uuid":"22222222-2222-4222-8222-000000000001","description":"x","status":"pending","due":"99991231T235959Z"}]`,
		`[{"uuid":"22222222-2222-4222-8222-000000000001","description":"run","status":"recurring","recur":"daily","entry":"19000101T000000Z"},
{"uuid":"22222222-2222-4222-8222-000000000002","description":"run","status":"completed","end":"19000101T000000Z","parent":"22222222-2222-4222-8222-000000000001"}]`,
		`[{"uuid":"22222222-2222-4222-8222-000000000001","description":"\u0000\r\n\u2028x","status":"completed","end":"20261128T093000Z","project":"a\nb","tags":["\u0085"]}]`,
	} {
		f.Add([]byte(seed))
	}
	east := time.FixedZone("UTC+14", 14*3600)
	// One file per fuzzing process, written over each time: a directory
	// per input would make each run, and minimising, slow.
	path := filepath.Join(f.TempDir(), "export.json")
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		for _, loc := range []*time.Location{time.Local, east} {
			b, err := readTaskwarrior(path, Options{Today: twToday}, loc)
			if err != nil {
				continue
			}
			var raws []json.RawMessage
			records := -1
			if json.Unmarshal(data, &raws) == nil {
				records = len(raws)
			}
			checkTWBatch(t, b, records)
		}
	})
}

// genTWExport writes a Taskwarrior export of years of use, ending on
// 2026-12-01: three habits (daily, weekly, weekdays) with their completed
// instances, and four one-off tasks a day in ten projects, most done, some
// deleted, the last ones pending, with tags, annotations and priorities.
func genTWExport(years int) []byte {
	end := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	start := end.AddDate(-years, 0, 0)
	const layout = "20060102T150405Z"
	n := 0
	uuid := func() string { n++; return fmt.Sprintf("33333333-3333-4333-8333-%012x", n) }
	var tasks []map[string]any
	habits := []struct{ recur, uuid string }{{"daily", uuid()}, {"weekly", uuid()}, {"weekdays", uuid()}}
	for i, h := range habits {
		tasks = append(tasks, map[string]any{
			"id": i + 1, "uuid": h.uuid, "description": "Habit " + h.recur, "status": "recurring",
			"recur": h.recur, "entry": start.Format(layout), "due": start.Format(layout),
			"mask": "+++", "priority": "M", "tags": []string{"habit"}, "urgency": 3.2,
		})
	}
	for d := start; d.Before(end); d = d.AddDate(0, 0, 1) {
		wd := d.Weekday()
		done := []bool{d.YearDay()%7 != 0, wd == time.Saturday, wd != time.Saturday && wd != time.Sunday}
		for i, h := range habits {
			if done[i] {
				tasks = append(tasks, map[string]any{
					"uuid": uuid(), "description": "Habit " + h.recur, "status": "completed", "parent": h.uuid,
					"recur": h.recur, "entry": d.Format(layout), "due": d.Format(layout),
					"end": d.Add(19 * time.Hour).Format(layout), "imask": 4, "urgency": 0,
				})
			}
		}
		for k := range 4 {
			t := map[string]any{
				"uuid": uuid(), "description": fmt.Sprintf("Task %d of %s", k, d.Format(time.DateOnly)),
				"entry": d.Add(time.Duration(k) * time.Hour).Format(layout), "project": fmt.Sprintf("area%d.sub%d", k, d.Month()%3),
				"tags": []string{"t" + fmt.Sprint(k), "later"}, "urgency": 1.5, "modified": d.Format(layout),
			}
			switch {
			case end.Sub(d) < 30*24*time.Hour:
				t["status"] = "pending"
			case (d.YearDay()+k)%11 == 0:
				t["status"], t["end"] = "deleted", d.Add(30*time.Hour).Format(layout)
			default:
				t["status"], t["end"] = "completed", d.Add(time.Duration(20+k)*time.Hour).Format(layout)
			}
			if k%2 == 0 {
				t["due"] = d.Add(48 * time.Hour).Format(layout)
			}
			if (d.YearDay()+k)%3 == 0 {
				t["annotations"] = []map[string]string{{"entry": d.Format(layout), "description": "a note about how it went"}}
			}
			if k == 3 {
				t["priority"] = "H"
			}
			tasks = append(tasks, t)
		}
	}
	data, err := json.Marshal(tasks)
	if err != nil {
		panic(err)
	}
	return data
}

func BenchmarkReadTaskwarriorTenYears(b *testing.B) {
	path := filepath.Join(b.TempDir(), "export.json")
	data := genTWExport(10)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		b.Fatal(err)
	}
	var records []json.RawMessage
	if err := json.Unmarshal(data, &records); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		batch, err := ReadTaskwarrior(path, Options{Today: twToday})
		if err != nil || len(batch.Tasks) == 0 {
			b.Fatalf("%v: %d tasks", err, len(batch.Tasks))
		}
	}
	b.ReportMetric(float64(len(records)), "records")
}

// The generated export is read whole: every record mapped or counted.
func TestTaskwarriorTenYearExport(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	data := genTWExport(10)
	var raws []json.RawMessage
	if err := json.Unmarshal(data, &raws); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "export.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	b, err := readTaskwarrior(path, Options{Today: twToday}, time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	checkTWBatch(t, b, len(raws))
	if len(b.Goals) != 12 || len(b.Tasks) < 10000 || b.Skipped["deleted task"] == 0 {
		t.Errorf("%d records: goals %d tasks %d check-ins %d skipped %v approximated %v",
			len(raws), len(b.Goals), len(b.Tasks), len(b.CheckIns), b.Skipped, b.Approximated)
	}
	t.Logf("%d records (%d bytes): goals %d tasks %d check-ins %d skipped %v approximated %v",
		len(raws), len(data), len(b.Goals), len(b.Tasks), len(b.CheckIns), b.Skipped, b.Approximated)
}
