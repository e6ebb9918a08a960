package gitsync

import (
	"context"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"coach/domain"
	"coach/store"
)

// bareRemote makes an empty bare repository to sync through.
func bareRemote(t *testing.T) string {
	t.Helper()
	if err := Installed(); err != nil {
		t.Skip(err)
	}
	dir := filepath.Join(t.TempDir(), "journal.git")
	if out, err := exec.Command("git", "init", "-q", "--bare", dir).CombinedOutput(); err != nil {
		t.Fatalf("git init --bare: %v %s", err, out)
	}
	return dir
}

// device is one machine: a database of its own and its options.
type device struct {
	t    *testing.T
	name string
	st   *store.Store
	o    Options
}

func newDevice(t *testing.T, name string) *device {
	t.Helper()
	dir := t.TempDir()
	st, err := store.Open(filepath.Join(dir, "coach.db"))
	if err != nil {
		t.Fatal(err)
	}
	return &device{t: t, name: name, st: st, o: Options{KeyFile: filepath.Join(dir, "config", "sync.key"), Host: name, Timeout: 20 * time.Second}}
}

func (d *device) init(remote string, encrypt bool) Result {
	d.t.Helper()
	res, err := Init(context.Background(), d.st, remote, encrypt, d.o)
	if err != nil {
		d.t.Fatalf("%s: sync init: %v", d.name, err)
	}
	return res
}

func (d *device) sync() Result {
	d.t.Helper()
	res, err := Sync(context.Background(), d.st, d.o)
	if err != nil {
		d.t.Fatalf("%s: sync: %v", d.name, err)
	}
	return res
}

func must[T any](t *testing.T) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// canonical is a device's journal with every local id replaced by the
// global one, in a stable order: equal on two devices that agree.
func canonical(t *testing.T, st *store.Store) string {
	t.Helper()
	ds, err := st.Dump()
	if err != nil {
		t.Fatal(err)
	}
	goals := map[uint64]string{}
	for i := range ds.Goals {
		goals[ds.Goals[i].ID] = ds.Goals[i].GID
		ds.Goals[i].ID = 0
	}
	tasks := map[uint64]string{}
	type task struct {
		domain.Task
		Goal string
	}
	var ts []task
	for _, x := range ds.Tasks {
		tasks[x.ID] = x.GID
		g := goals[x.GoalID]
		x.ID, x.GoalID = 0, 0
		ts = append(ts, task{x, g})
	}
	type checkIn struct {
		domain.CheckIn
		Task string
	}
	var cs []checkIn
	for _, c := range ds.CheckIns {
		g := tasks[c.TaskID]
		c.TaskID = 0
		cs = append(cs, checkIn{c, g})
	}
	sort.Slice(ds.Goals, func(i, j int) bool { return ds.Goals[i].GID < ds.Goals[j].GID })
	sort.Slice(ts, func(i, j int) bool { return ts[i].GID < ts[j].GID })
	sort.Slice(cs, func(i, j int) bool {
		return cs[i].Task < cs[j].Task || cs[i].Task == cs[j].Task && cs[i].Date < cs[j].Date
	})
	data, _ := json.MarshalIndent(map[string]any{
		"goals": ds.Goals, "tasks": ts, "checkins": cs, "reflections": ds.Reflections, "reviews": ds.Reviews,
	}, "", " ")
	return string(data)
}

func day(s string) domain.Date {
	d, err := domain.ParseISODate(s)
	if err != nil {
		panic(err)
	}
	return d
}

type storeT = store.Store

func openStore(path string) (*store.Store, error) { return store.Open(path) }
