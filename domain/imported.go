package domain

// An import from another tool (Loop Habit Tracker, harsh, Taskwarrior,
// jrnl) adds to the journal rather than replacing it. Each record it reads
// carries its origin: a text that names it in the other tool, stable from
// one export to the next, so that importing the same file again adds
// nothing (the store keeps the origins it has seen).

// ImportedGoal is a goal read from another tool.
type ImportedGoal struct {
	Origin string
	Goal   Goal
}

// ImportedTask is a task or habit read from another tool; GoalOrigin names
// its goal in the same batch, "" for none.
type ImportedTask struct {
	Origin     string
	GoalOrigin string
	Task       Task
}

// ImportedCheckIn is a check-in of the task whose origin is TaskOrigin.
type ImportedCheckIn struct {
	TaskOrigin string
	CheckIn    CheckIn
}

// ImportBatch is everything one file of another tool gave, mapped onto
// coach's records, and what could not be mapped exactly: Skipped and
// Approximated count the things left out or mapped approximately, by
// reason (a line of the summary each), so that nothing is dropped silently.
type ImportBatch struct {
	Source       string // loop, harsh, taskwarrior, jrnl
	Goals        []ImportedGoal
	Tasks        []ImportedTask
	CheckIns     []ImportedCheckIn
	Reflections  []ImportedReflection
	Skipped      map[string]int
	Approximated map[string]int
}

// Skip counts something left out, by reason.
func (b *ImportBatch) Skip(reason string) {
	if b.Skipped == nil {
		b.Skipped = map[string]int{}
	}
	b.Skipped[reason]++
}

// Approximate counts something mapped approximately, by reason.
func (b *ImportBatch) Approximate(reason string) {
	if b.Approximated == nil {
		b.Approximated = map[string]int{}
	}
	b.Approximated[reason]++
}

// ImportedEntry is one entry of another tool's journal: its origin, its
// text, already in the shape a reflection's field takes, and its tags,
// each one a tag coach keeps.
type ImportedEntry struct {
	Origin string
	Text   string
	Tags   []string
}

// ImportedReflection is what another tool's journal wrote on one day: its
// entries in the order they were written. It becomes the day's
// reflection, unrated; entries an earlier import added are left out, and
// a day coach already has a reflection for keeps it and gains the new
// entries' text after its own, and their tags.
type ImportedReflection struct {
	Date    Date
	Entries []ImportedEntry
}
