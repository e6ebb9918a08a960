package tui

import (
	"path/filepath"
	"testing"
	"time"

	"coach/cli"
	"coach/content"
	"coach/domain"
	"coach/store"
)

// fixtureClock stamps every record of the fixture: the dataset was entered
// on 2026-11-01 at 09:00 local time.
func fixtureClock() time.Time { return time.Date(2026, 11, 1, 9, 0, 0, 0, time.Local) }

// fixtureOptions opens a temporary database, fills it with the fixture
// (when fill is set) and returns the options the app starts with: today
// fixed at testDay (a Saturday), an environment where nothing is set (so
// NO_COLOR is unset and the styles keep their colours).
func fixtureOptions(t *testing.T, lang content.Lang, fill bool) cli.TUIOptions {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "c.db"), store.WithClock(fixtureClock))
	if err != nil {
		t.Fatal(err)
	}
	if fill {
		seedFixture(t, st)
	}
	return cli.TUIOptions{
		Store:  st,
		Lang:   lang,
		Today:  func() domain.Date { return testDay },
		Getenv: func(string) string { return "" },
	}
}

// seedFixture writes a fixed dataset through the store API: four goals in
// four competencies, six tasks of every kind of schedule, four weeks of
// check-ins in a fixed pattern, five rated reflections and one weekly
// review.
func seedFixture(t *testing.T, st *store.Store) {
	t.Helper()
	day := func(d int) domain.Date { return domain.NewDate(2026, 11, d) }
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}

	goals := []domain.Goal{
		{Title: "读懂分布式共识", Competency: domain.Depth, Why: "Raft 和 Paxos 是我们存储层的基础。", Target: domain.NewDate(2027, 3, 1)},
		{Title: "Learn Rust ownership well enough to review Rust code", Competency: domain.Learning, Why: "The team is moving its parsers to Rust."},
		{Title: "Mentor a junior colleague through their first on-call", Competency: domain.Collaboration, Target: domain.NewDate(2026, 12, 20)},
		{Title: "Ship a small open-source CLI", Competency: domain.Innovation, Resources: []string{"https://clig.dev"}},
	}
	var goalIDs []uint64
	for _, g := range goals {
		g, err := st.AddGoal(g)
		must(err)
		goalIDs = append(goalIDs, g.ID)
	}

	tasks := []domain.Task{
		{Title: "精读 Raft 论文一节", GoalID: goalIDs[0], Repeat: "daily", Minutes: 30},
		{Title: "Rustlings exercises", GoalID: goalIDs[1], Repeat: "weekdays", Minutes: 20},
		{Title: "Pair with Sam on an incident review", GoalID: goalIDs[2], Repeat: "mon,wed,fri", Minutes: 15},
		{Title: "Write a design note for the CLI", GoalID: goalIDs[3], Repeat: "3/week", Minutes: 25},
		{Title: "Fix the flaky integration test", Competency: domain.ProblemSolving, Repeat: "once", Due: day(25), Minutes: 45},
		{Title: "Book a ticket for GopherCon EU", Competency: domain.Breadth, Repeat: "once", Due: day(28)},
	}
	var ids []uint64
	for _, tk := range tasks {
		tk, err := st.AddTask(tk)
		must(err)
		ids = append(ids, tk.ID)
	}
	daily, weekdays, mwf, perWeek, _, ticket := ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]

	done := func(id uint64, d domain.Date, minutes int) {
		t.Helper()
		_, err := st.SetDone(domain.CheckIn{TaskID: id, Date: d, Minutes: minutes})
		must(err)
	}
	// Four weeks, 2026-11-01 (a Sunday) to 2026-11-28 (today, a Saturday).
	for d := day(1); d <= day(28); d++ {
		wd := d.Weekday()
		if d%5 != 0 { // the daily habit misses one day in five
			done(daily, d, 30)
		}
		if wd >= time.Monday && wd <= time.Friday && !(d >= day(9) && d <= day(13) && wd == time.Friday) && d < day(28) {
			done(weekdays, d, 20)
		}
		if (wd == time.Monday || wd == time.Wednesday || wd == time.Friday) && d != day(18) {
			done(mwf, d, 15)
		}
		// Three design notes a week (Mon, Tue, Thu), except this week:
		// only two so far, so the task is still due today.
		if wd == time.Monday || wd == time.Thursday || (wd == time.Tuesday && d < day(23)) {
			done(perWeek, d, 25)
		}
	}
	done(ticket, day(28), 0)

	learned := map[int]string{
		24: "Raft elects a leader with randomized timeouts.",
		25: "A follower rejects entries whose previous term does not match.",
		26: "Snapshots bound the log; followers far behind get one instead.",
		27: "Membership changes go through a joint consensus phase.",
		28: "An entry is committed once a majority stores it.",
	}
	ratings := map[int]int{24: 3, 25: 4, 26: 2, 27: 4, 28: 5}
	for _, d := range []int{24, 25, 26, 27, 28} {
		_, err := st.PutReflection(domain.Reflection{
			Date:         day(d),
			Learned:      learned[d],
			Solved:       "Found why the integration test flakes: a shared temp dir.",
			Collaborated: "Walked Sam through the on-call runbook.",
			Idea:         "A CLI flag to replay a day's log.",
			Next:         "Read the log compaction section.",
			Rating:       ratings[d],
			Tags:         []string{"raft", "testing"},
		})
		must(err)
	}
	_, err := st.PutReview(domain.Review{
		Week:     "2026-W47",
		WentWell: "Kept the Raft reading going every morning.",
		Adjust:   "Move the design notes before lunch.",
		Focus:    domain.Depth,
		Notes:    "Finish the log compaction chapter.",
	})
	must(err)
}
