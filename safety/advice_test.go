package safety

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

type advice struct {
	Kind       string `json:"kind"`
	Competency string `json:"competency"`
	Text       string `json:"text"`
	Task       string `json:"task"`
	TaskID     uint64 `json:"task_id"`
}

type statsAdvice struct {
	Suggestions []advice `json:"suggestions"`
}

func (u *user) advice() statsAdvice {
	u.t.Helper()
	var s statsAdvice
	if err := json.Unmarshal([]byte(u.must("stats", "--json")), &s); err != nil {
		u.t.Fatal(err)
	}
	return s
}

// The advice from the command line: nothing comparative on day 1, then the
// user's own task for the weakest competency, the same after a tick today
// (which settles only the streak at risk).
func TestAdviceFromTheCommandLine(t *testing.T) {
	u := newUser(t)
	u.today = "2026-11-01"
	u.must("goal", "add", "Go runtime", "--competency", "depth")
	u.must("goal", "add", "Pair more", "--competency", "collaboration")
	u.must("add", "Read proc.go", "--goal", "1", "--repeat", "daily")
	u.must("add", "Pair session", "--goal", "2", "--repeat", "daily")
	u.must("done", "1")
	for _, s := range u.advice().Suggestions {
		if s.Kind == "weakest" || strings.Contains(s.Text, "weakest") {
			t.Errorf("day 1: comparative advice %+v", s)
		}
	}

	// Four weeks on: depth kept daily, collaboration twice a week.
	u.today = "2026-11-28"
	for d := 2; d <= 27; d++ {
		day := "2026-11-" + twoDigits(d)
		u.must("done", "1", "--date", day)
		if d%3 == 0 {
			u.must("done", "2", "--date", day)
		}
	}
	before := u.advice()
	var weak *advice
	for i, s := range before.Suggestions {
		if s.Kind == "weakest" {
			weak = &before.Suggestions[i]
		}
	}
	if weak == nil || weak.Competency != "collaboration" {
		t.Fatalf("no collaboration weakest: %+v", before)
	}
	if weak.TaskID != 2 || weak.Task != "" || !strings.HasSuffix(weak.Text, "Pair session") {
		t.Errorf("the weakest advice does not name the user's own task: %+v", *weak)
	}
	// Depth's 27-day streak waits for today's tick: the one piece of advice
	// a tick settles. The rest holds all day.
	if r := before.Suggestions[0]; r.Kind != "at-risk" || r.TaskID != 1 || !strings.Contains(r.Text, "27 in a row") {
		t.Errorf("the streak today decides is not said first: %+v", r)
	}
	u.must("done", "2")
	u.must("done", "1")
	if after := u.advice(); !slices.Equal(after.Suggestions, before.Suggestions[1:]) {
		t.Errorf("the advice changed after ticks today beyond the streak settled:\n%+v\n%+v", before, after)
	}
}

func twoDigits(n int) string { return string(rune('0'+n/10)) + string(rune('0'+n%10)) }
