package safety

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"coach/domain"
	"coach/store"
)

// seed returns the seed for the random kill times, printed so that a
// failure can be replayed with COACH_SAFETY_SEED.
func seed(t *testing.T) uint64 {
	s := uint64(time.Now().UnixNano())
	if v := os.Getenv("COACH_SAFETY_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("COACH_SAFETY_SEED=%q: %v", v, err)
		}
		s = n
	}
	t.Logf("seed %d (COACH_SAFETY_SEED=%d go test -run '%s' ./safety replays it)", s, s, t.Name())
	return s
}

// killed starts coach with args and sends it SIGKILL after delay, unless it
// has finished by then. The result's code is -1 when the kill landed.
func (u *user) killed(delay time.Duration, args ...string) result {
	u.t.Helper()
	cmd, out, errb := u.command(args...)
	start := time.Now()
	if err := cmd.Start(); err != nil {
		u.t.Fatal(err)
	}
	timer := time.AfterFunc(delay, func() { cmd.Process.Kill() })
	err := cmd.Wait()
	timer.Stop()
	r := result{args: args, stdout: out.String(), stderr: errb.String(), took: time.Since(start)}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		r.code = exit.ExitCode() // -1 when a signal ended it
	default:
		u.t.Fatalf("coach %s: %v", strings.Join(args, " "), err)
	}
	return r
}

// median run time of a command, to aim the kills at a command's lifetime
// on this machine, however fast or loaded it is.
func median(ds []time.Duration) time.Duration {
	slices.Sort(ds)
	return ds[len(ds)/2]
}

// history is a year of a user's past: daily tasks with check-ins on about
// half the days. It makes the file a few hundred kilobytes, so that commits
// and daily copies take long enough to be interrupted.
func history(tasks int, from, to domain.Date, rng *rand.Rand) domain.Dataset {
	var ds domain.Dataset
	created := from.Time().Add(8 * time.Hour)
	comps := domain.Competencies
	for id := 1; id <= tasks; id++ {
		ds.Tasks = append(ds.Tasks, domain.Task{
			ID: uint64(id), Title: fmt.Sprintf("Habit %d", id), Competency: comps[id%len(comps)],
			Repeat: "daily", Minutes: 15, Created: created,
		})
		for d := from; d <= to; d++ {
			if rng.IntN(2) == 0 {
				ds.CheckIns = append(ds.CheckIns, domain.CheckIn{TaskID: uint64(id), Date: d, Minutes: 15, Note: "steady"})
			}
		}
	}
	return ds
}

type dayKey struct {
	task uint64
	day  domain.Date
}

// TestSIGKILLLosesNoReportedWrite starts one coach process per step doing
// one write (done, undone, add, or a backup), kills it at a random moment,
// and then checks that the file passes coach check, that every write that
// had reported success is there, and that a write that was cut off is
// either wholly there or wholly absent.
func TestSIGKILLLosesNoReportedWrite(t *testing.T) {
	const steps = 120
	rng := rand.New(rand.NewPCG(seed(t), 1))
	u := newUser(t)
	day0 := domain.NewDate(2026, 1, 1)
	u.today = day0.String()

	past := history(12, domain.NewDate(2025, 1, 1), domain.NewDate(2025, 12, 31), rng)
	file := filepath.Join(u.home, "history.json")
	writeExport(t, file, past)
	u.must("import", file)
	base := u.dump()
	if len(base.Tasks) != len(past.Tasks) || len(base.CheckIns) != len(past.CheckIns) {
		t.Fatalf("import kept %d tasks, %d check-ins of %d, %d", len(base.Tasks), len(base.CheckIns), len(past.Tasks), len(past.CheckIns))
	}

	// Aim the kills at the lifetime of a write on this machine.
	var runs []time.Duration
	for range 5 {
		runs = append(runs, u.run("done", "1").took)
		runs = append(runs, u.run("undone", "1").took)
	}
	life := median(runs)
	t.Logf("a write takes %v here; kills land uniformly in [0, %v)", life, life*3/2)

	// The model: what the file must hold. Every check-in of 2026 is in
	// done; nothing else of 2026 may exist.
	done := map[dayKey]bool{}
	added := map[string]bool{} // title → reported success
	backup := filepath.Join(u.home, "manual.db")
	var kills, oks, landed, leftovers int
	for i := range steps {
		today := day0.AddDays(i / 4) // a new day every 4 steps: daily copies
		u.today = today.String()
		var args []string
		var key dayKey
		var title string
		switch op := rng.IntN(20); {
		case op < 8:
			key = dayKey{uint64(1 + rng.IntN(4)), today.AddDays(-rng.IntN(min(6, i/4+1)))}
			args = []string{"done", strconv.FormatUint(key.task, 10), "--date", key.day.String()}
		case op < 13:
			key = dayKey{uint64(1 + rng.IntN(4)), today.AddDays(-rng.IntN(min(6, i/4+1)))}
			args = []string{"undone", strconv.FormatUint(key.task, 10), "--date", key.day.String()}
		case op < 18:
			title = fmt.Sprintf("Crash step %d", i)
			args = []string{"add", title, "--competency", "depth"}
		default:
			args = []string{"backup", backup, "--force"}
		}
		delay := time.Duration(rng.Int64N(int64(life * 3 / 2)))
		half := len(partials(t, u.home))
		r := u.killed(delay, args...)
		switch {
		case r.code == -1:
			kills++
			if len(partials(t, u.home)) > half {
				leftovers++
			}
		case r.code == 0:
			oks++
		case args[0] == "undone" && strings.Contains(r.stderr, "is not done on"):
			// taking back a check-in that is not there: a clean refusal
		default:
			t.Fatalf("step %d: %v", i, r)
		}

		u.checkFine(u.db)
		ds := read(t, u.db)
		sameHistory(t, i, base, ds)

		// Check-ins of 2026: as the model says, except the key of a
		// write that was cut off, which is either before or after.
		got := map[dayKey]bool{}
		for _, c := range ds.CheckIns {
			if c.Date >= day0 {
				got[dayKey{c.TaskID, c.Date}] = true
			}
		}
		want := clone(done)
		if args[0] == "done" || args[0] == "undone" {
			after := args[0] == "done"
			switch {
			case r.code != -1:
				want[key] = after
			case got[key] == after || got[key] == done[key]:
				want[key] = got[key] // the cut-off write is whole or absent
			}
		}
		for k, v := range want {
			if !v {
				delete(want, k)
			}
		}
		if r.code == -1 && (args[0] == "done" || args[0] == "undone") && got[key] != done[key] {
			landed++ // killed after its commit, before it could report
		}
		if !equalSets(got, want) {
			t.Fatalf("step %d (%v, exit %d): check-ins of 2026\n got %v\nwant %v", i, args, r.code, keys(got), keys(want))
		}
		done = got

		// Tasks: the imported ones, then every add that reported success,
		// each once; an add cut off is there once or not at all.
		titles := map[string]int{}
		for _, tk := range ds.Tasks[len(base.Tasks):] {
			titles[tk.Title]++
		}
		if title != "" && (r.code == 0 || titles[title] == 1) {
			added[title] = true
			if r.code == -1 {
				landed++
			}
		}
		for tt, n := range titles {
			if n != 1 || !added[tt] {
				t.Fatalf("step %d (%v, exit %d): task %q is there %d times; added: %v", i, args, r.code, tt, n, added)
			}
		}
		for tt := range added {
			if titles[tt] != 1 {
				t.Fatalf("step %d (%v, exit %d): the reported add of %q is lost", i, args, r.code, tt)
			}
		}

		// A backup, finished or cut off, leaves at most a .partial beside
		// it, never a half file under its name.
		if _, err := os.Stat(backup); args[0] == "backup" && (r.code == 0 || err == nil) {
			u.checkFine(backup)
		}
	}
	t.Logf("%d steps: %d killed (%d after their write committed, %d leaving a half-made copy), %d finished first", steps, kills, landed, leftovers, oks)
	if kills < steps/10 || oks < steps/10 {
		t.Errorf("the kills were not spread over the commands' lives: %d killed, %d finished", kills, oks)
	}

	// The leftovers of killed copies do not confuse the next run: a write
	// on a new day keeps its daily copy and sweeps half-written ones, a
	// backup under a used name succeeds, and every daily copy is sound.
	u.today = day0.AddDays(steps/4 + 1).String()
	u.must("done", "1")
	u.must("backup", backup, "--force")
	u.checkFine(backup)
	copies, _ := filepath.Glob(filepath.Join(filepath.Dir(u.db), "backups", "coach.db-*.db"))
	if len(copies) == 0 || len(copies) > 7 {
		t.Errorf("daily copies: %v; want 1 to 7", copies)
	}
	for _, c := range copies {
		u.checkFine(c)
	}
	if p := partials(t, u.home); len(p) > 0 {
		t.Errorf("half-written copies left behind: %v", p)
	}
}

// TestSIGKILLDuringFirstRun kills the very first run, which creates the
// database, at random moments: the next run must find either no file or a
// whole coach database, never a file that blocks it, and by the first
// write nothing the killed run made on the side is left.
func TestSIGKILLDuringFirstRun(t *testing.T) {
	const steps = 30
	rng := rand.New(rand.NewPCG(seed(t), 2))
	var runs []time.Duration
	for range 3 {
		u := newUser(t)
		runs = append(runs, u.run("add", "First task").took)
	}
	life := median(runs)
	var kills, files int
	for i := range steps {
		u := newUser(t)
		// the program starts for about a third of its run before it
		// touches the file: aim at the rest
		r := u.killed(life/3+time.Duration(rng.Int64N(int64(life))), "add", "First task")
		if r.code == -1 {
			kills++
			if entries, _ := os.ReadDir(filepath.Dir(u.db)); len(entries) > 0 {
				files++
			}
		} else if r.code != 0 {
			t.Fatalf("step %d: %v", i, r)
		}
		next := u.run("today", "--json")
		if _, err := os.Stat(u.db); errors.Is(err, os.ErrNotExist) {
			// killed before the file was in place: reading says so
			// and makes nothing
			oneLineError(t, next, u.db, "does not exist")
			u.must("add", "Second task")
			continue
		}
		if next.code != 0 {
			t.Fatalf("step %d: after killing the first run (%v):\n%v", i, r, next)
		}
		u.checkFine(u.db)
		if r.code == 0 && !strings.Contains(next.stdout, "First task") {
			t.Fatalf("step %d: the first run reported its add, which is lost: %v", i, next)
		}
		// what the killed run made on the side is gone by the first write
		u.must("add", "Second task")
		if entries, _ := os.ReadDir(filepath.Dir(u.db)); len(entries) > 0 {
			for _, e := range entries {
				if strings.Contains(e.Name(), ".new-") || strings.HasSuffix(e.Name(), ".partial") {
					t.Fatalf("step %d: %s is left beside the database", i, e.Name())
				}
			}
		}
	}
	t.Logf("%d first runs, %d killed, %d of those after making files (a run takes %v)", steps, kills, files, life)
}

// read reads every record in-process, through the store package: the same
// records coach export prints, without a third process per step.
func read(t *testing.T, path string) domain.Dataset {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := st.Dump()
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func sameHistory(t *testing.T, step int, base, ds domain.Dataset) {
	t.Helper()
	if len(ds.Tasks) < len(base.Tasks) {
		t.Fatalf("step %d: %d tasks, fewer than the %d imported", step, len(ds.Tasks), len(base.Tasks))
	}
	for i, tk := range base.Tasks {
		if ds.Tasks[i] != tk {
			t.Fatalf("step %d: imported task changed:\n got %+v\nwant %+v", step, ds.Tasks[i], tk)
		}
	}
	old := 0
	for _, c := range ds.CheckIns {
		if c.Date.Time().Year() < 2026 {
			if c != base.CheckIns[old] {
				t.Fatalf("step %d: imported check-in changed: got %+v, want %+v", step, c, base.CheckIns[old])
			}
			old++
		}
	}
	if old != len(base.CheckIns) {
		t.Fatalf("step %d: %d of %d imported check-ins left", step, old, len(base.CheckIns))
	}
}

func clone(m map[dayKey]bool) map[dayKey]bool {
	c := make(map[dayKey]bool, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

func equalSets(a, b map[dayKey]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func keys(m map[dayKey]bool) []string {
	var s []string
	for k := range m {
		s = append(s, fmt.Sprintf("%d@%s", k.task, k.day))
	}
	slices.Sort(s)
	return s
}

// TestLeftoverPartialCopies plants what killed runs leave behind, half-made
// daily copies and a half-made backup, with garbage in them: the next runs
// are not confused by them, and each sweeps its own. A temporary is coach's
// to remove when its name says which process made it and that process is
// gone; the half-made daily copies of older versions (coach-DATE.db.partial)
// are swept too.
func TestLeftoverPartialCopies(t *testing.T) {
	gone := exec.Command("true")
	if err := gone.Run(); err != nil {
		t.Skipf("no true(1) to make a finished process: %v", err)
	}
	dead := strconv.Itoa(gone.Process.Pid)
	u := newUser(t)
	u.today = "2026-11-27"
	u.must("add", "Read the net/http source", "--repeat", "daily")
	backups := filepath.Join(filepath.Dir(u.db), "backups")
	today := todayCopy(t, u.db)
	if err := os.Remove(today); err != nil { // the next write is the day's first again
		t.Fatal(err)
	}
	garbage := []byte("half a copy")
	manual := filepath.Join(u.home, "manual.db")
	planted := []string{
		filepath.Join(backups, "coach-2026-11-28.db.partial"), // an older coach's, about to be made
		filepath.Join(backups, "coach-2026-11-20.db.partial"), // an older coach's, a day long past
		today + "." + dead + "-12345.partial",
		filepath.Join(backups, "coach.db-2026-11-20.db."+dead+"-1.partial"),
		manual + "." + dead + "-999.partial",
		u.db + "." + dead + "-7.partial", // a first run or a restore, killed
	}
	for _, p := range planted {
		if err := os.WriteFile(p, garbage, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	mine := filepath.Join(backups, "notes.partial") // not coach's
	if err := os.WriteFile(mine, garbage, 0o600); err != nil {
		t.Fatal(err)
	}

	u.today = "2026-11-28"
	u.must("done", "1") // the first write of the day keeps a copy
	u.checkFine(todayCopy(t, u.db))
	u.must("backup", manual)
	u.checkFine(manual)
	u.checkFine(u.db)
	if p := partials(t, u.home); len(p) != 1 || p[0] != mine {
		t.Errorf("left behind: %v, want only %s", p, mine)
	}
}
