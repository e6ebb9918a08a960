//go:build linux

package safety

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// showWithin is how soon the app must show a change made by another process.
const showWithin = 2 * time.Second

var addedID = regexp.MustCompile(`^added task (\d+): `)

// seedTasks adds n daily tasks in Technical depth: the first group of
// Today, so that the app's cursor rows 0..n-1 are these tasks whatever
// else gets added (Today sorts by competency, then id).
func seedTasks(u *user, n int) []string {
	var titles []string
	for i := 1; i <= n; i++ {
		title := fmt.Sprintf("seed-%d", i)
		u.must("add", title, "--competency", "depth", "--repeat", "daily")
		titles = append(titles, title)
	}
	return titles
}

// outside runs n writing commands one after another, as a script in
// another terminal would: adds in Innovation (the last group of Today),
// each followed by a done of the task it added. Every command must exit 0;
// each effect must show on every app within showWithin.
type outside struct {
	u      *user
	prefix string
	n      int

	mu      sync.Mutex
	results []result
	when    map[string]time.Time // text that must show → when its command finished
	order   []string
}

func (o *outside) run(apps ...*tui) {
	o.when = map[string]time.Time{}
	var id string
	for i := range o.n {
		var args []string
		var expect string
		title := fmt.Sprintf("%s-%03d", o.prefix, i/2)
		if i%2 == 0 {
			args = []string{"add", title, "--competency", "innovation"}
			expect = title
		} else {
			args = []string{"done", id}
			expect = "[x] " + title
		}
		for _, a := range apps {
			a.Watch(expect)
		}
		r := o.u.run(args...)
		finished := time.Now()
		if m := addedID.FindStringSubmatch(r.stdout); m != nil {
			id = m[1]
		}
		o.mu.Lock()
		o.results = append(o.results, r)
		o.when[expect] = finished
		o.order = append(o.order, expect)
		o.mu.Unlock()
	}
}

// verify checks that every command succeeded and showed in time on apps.
func (o *outside) verify(t *testing.T, apps ...*tui) {
	t.Helper()
	var slow []time.Duration
	for _, r := range o.results {
		if r.code != 0 {
			t.Errorf("a command next to the app failed: %v", r)
		}
		slow = append(slow, r.took)
	}
	slices.Sort(slow)
	t.Logf("%d commands; run time median %v, max %v", len(o.results), slow[len(slow)/2], slow[len(slow)-1])
	for _, a := range apps {
		var lags []time.Duration
		// the last change may still be on its way: give it its time
		last := o.order[len(o.order)-1]
		if d := time.Until(o.when[last].Add(showWithin)); d > 0 {
			a.WaitFor(fmt.Sprintf("%q", last), d+100*time.Millisecond, func(string) bool { return !a.watch[last].IsZero() })
		}
		for _, text := range o.order {
			seen := a.Seen(text)
			lag := seen.Sub(o.when[text])
			if seen.IsZero() || lag > showWithin {
				t.Errorf("%s showed %q after %v (never if negative), later than %v; the screen:\n%s", a.name, text, lag, showWithin, a.Screen())
				break
			}
			lags = append(lags, max(lag, 0))
		}
		if len(lags) > 0 {
			slices.Sort(lags)
			t.Logf("%s: outside changes showed after median %v, max %v", a.name, lags[len(lags)/2], lags[len(lags)-1])
		}
	}
}

// appAdds makes the app add a task through quick add (a, title, enter)
// and, when row >= 0, tick off the seed task on that cursor row.
func appAdds(a *tui, title string, row int) {
	a.t.Helper()
	a.Type("a")
	a.WaitText("New task", 3*time.Second)
	a.Type(title, "\r")
	a.WaitText("Added: "+title, 3*time.Second)
	if row >= 0 {
		a.Type("g", strings.Repeat("j", row), " ")
		a.WaitText(fmt.Sprintf("Done: seed-%d", row+1), 3*time.Second)
	}
}

// TestAppNextToCommands keeps the full-screen app open while another
// terminal runs 100 writing commands: every command succeeds, the app shows
// each change within two seconds, and the app's own writes made meanwhile
// are all kept.
func TestAppNextToCommands(t *testing.T) {
	u := newUser(t)
	seeds := seedTasks(u, 3)
	a := startTUI(t, u, "app", 160, 120)
	a.WaitText(seeds[2], 5*time.Second)
	a.Watch("busy") // a lock that was not had in time

	o := &outside{u: u, prefix: "ext", n: 100}
	var wg sync.WaitGroup
	wg.Go(func() { o.run(a) })
	var own []string
	for i := range 8 {
		row := -1
		if i < 3 {
			row = i
		}
		own = append(own, fmt.Sprintf("tui-%02d", i))
		appAdds(a, own[i], row)
		time.Sleep(300 * time.Millisecond)
	}
	wg.Wait()
	o.verify(t, a)
	if !a.Seen("busy").IsZero() {
		t.Error("the app said the database was busy")
	}
	a.Quit()

	ds := u.dump()
	have := map[string]bool{}
	for _, tk := range ds.Tasks {
		have[tk.Title] = true
	}
	for _, title := range own {
		if !have[title] {
			t.Errorf("the app's add of %q is lost", title)
		}
	}
	doneToday := map[uint64]bool{}
	for _, c := range ds.CheckIns {
		if c.Date.String() == u.today {
			doneToday[c.TaskID] = true
		}
	}
	for id := uint64(1); id <= 3; id++ {
		if !doneToday[id] {
			t.Errorf("the app ticked seed-%d off; that check-in is lost", id)
		}
	}
	if want := 3 + 50 + len(own); len(ds.Tasks) != want {
		t.Errorf("%d tasks, want %d", len(ds.Tasks), want)
	}
	if want := 3 + 50; len(doneToday) != want {
		t.Errorf("%d tasks done today, want %d", len(doneToday), want)
	}
	u.checkFine(u.db)
}

// TestTwoAppsOnOneFile opens the full-screen app twice on one database,
// with commands running beside them: both apps write, both show what the
// other and the commands wrote, and nothing is lost.
func TestTwoAppsOnOneFile(t *testing.T) {
	u := newUser(t)
	seeds := seedTasks(u, 4)
	a := startTUI(t, u, "first app", 160, 120)
	b := startTUI(t, u, "second app", 160, 120)
	a.WaitText(seeds[3], 5*time.Second)
	b.WaitText(seeds[3], 5*time.Second)
	a.Watch("busy")
	b.Watch("busy")

	o := &outside{u: u, prefix: "ext", n: 40}
	var wg sync.WaitGroup
	var fromA, fromB []string
	wg.Go(func() { o.run(a, b) })
	for i := range 5 {
		rowA, rowB := -1, -1
		if i < 2 {
			rowA, rowB = i, i+2
		}
		fromA = append(fromA, fmt.Sprintf("first-%02d", i))
		appAdds(a, fromA[i], rowA)
		fromB = append(fromB, fmt.Sprintf("second-%02d", i))
		appAdds(b, fromB[i], rowB)
		time.Sleep(200 * time.Millisecond)
	}
	wg.Wait()
	o.verify(t, a, b)

	// each app shows the other's adds within two seconds of the last
	last := func(s []string) string { return s[len(s)-1] }
	b.WaitText(last(fromA), showWithin)
	a.WaitText(last(fromB), showWithin)
	for _, title := range fromA {
		b.WaitText(title, time.Second)
	}
	for _, title := range fromB {
		a.WaitText(title, time.Second)
	}
	if !a.Seen("busy").IsZero() || !b.Seen("busy").IsZero() {
		t.Error("an app said the database was busy")
	}
	a.Quit()
	b.Quit()

	ds := u.dump()
	have := map[string]bool{}
	for _, tk := range ds.Tasks {
		have[tk.Title] = true
	}
	for _, title := range append(fromA, fromB...) {
		if !have[title] {
			t.Errorf("an app's add of %q is lost", title)
		}
	}
	doneToday := map[uint64]bool{}
	for _, c := range ds.CheckIns {
		if c.Date.String() == u.today {
			doneToday[c.TaskID] = true
		}
	}
	for id := uint64(1); id <= 4; id++ {
		if !doneToday[id] {
			t.Errorf("an app ticked seed-%d off; that check-in is lost", id)
		}
	}
	if want := 4 + 20 + len(fromA) + len(fromB); len(ds.Tasks) != want {
		t.Errorf("%d tasks, want %d", len(ds.Tasks), want)
	}
	u.checkFine(u.db)
}
