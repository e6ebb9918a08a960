package domain

import "fmt"

// Dataset is every record of a database: what export writes and import reads.
type Dataset struct {
	Goals       []Goal        `json:"goals"`
	Tasks       []Task        `json:"tasks"`
	CheckIns    []CheckIn     `json:"checkins"`
	Reflections []Reflection  `json:"reflections"`
	Reviews     []Review      `json:"reviews"`
	Recall      []RecallEntry `json:"recall"` // export version 4 on: the review log
}

// Empty reports whether the dataset holds no record at all.
func (d Dataset) Empty() bool { return d.Len() == 0 }

// Len is the number of records of every kind.
func (d Dataset) Len() int {
	return len(d.Goals) + len(d.Tasks) + len(d.CheckIns) + len(d.Reflections) + len(d.Reviews) + len(d.Recall)
}

// CleanDataset checks a whole dataset before anything is written: every
// record on its own, unique ids and days, and every reference. The error
// names the record. It returns the normalised records.
func CleanDataset(d Dataset) (Dataset, error) {
	goals := map[uint64]Goal{}
	gids := map[string]bool{}
	sameGID := func(gid string) bool {
		dup := gid != "" && gids[gid]
		gids[gid] = true
		return dup
	}
	for i, g := range d.Goals {
		if g.ID == 0 || g.ID > MaxID {
			return d, fmt.Errorf("goals[%d]: id %d is out of range: ids are 1 to %d", i, g.ID, uint64(MaxID))
		}
		if _, dup := goals[g.ID]; dup {
			return d, fmt.Errorf("goals[%d]: duplicate goal id %d", i, g.ID)
		}
		if sameGID(g.GID) {
			return d, fmt.Errorf("goals[%d]: duplicate gid %s", i, g.GID)
		}
		c, err := CleanGoal(g)
		if err != nil {
			return d, fmt.Errorf("goals[%d] (id %d): %w", i, g.ID, err)
		}
		c.Created = c.Created.UTC()
		d.Goals[i], goals[g.ID] = c, c
	}
	tasks := map[uint64]Task{}
	for i, t := range d.Tasks {
		if t.ID == 0 || t.ID > MaxID {
			return d, fmt.Errorf("tasks[%d]: id %d is out of range: ids are 1 to %d", i, t.ID, uint64(MaxID))
		}
		if _, dup := tasks[t.ID]; dup {
			return d, fmt.Errorf("tasks[%d]: duplicate task id %d", i, t.ID)
		}
		if sameGID(t.GID) {
			return d, fmt.Errorf("tasks[%d]: duplicate gid %s", i, t.GID)
		}
		if t.GoalID != 0 {
			g, ok := goals[t.GoalID]
			if !ok {
				return d, fmt.Errorf("tasks[%d] (id %d): goal %d does not exist", i, t.ID, t.GoalID)
			}
			if t.Competency == "" {
				t.Competency = g.Competency
			}
		}
		c, err := CleanTask(t)
		if err != nil {
			return d, fmt.Errorf("tasks[%d] (id %d): %w", i, t.ID, err)
		}
		c.Created = c.Created.UTC()
		d.Tasks[i], tasks[t.ID] = c, c
	}
	type dayTask struct {
		day  Date
		task uint64
	}
	seen := map[dayTask]bool{}
	onceDone := map[uint64]bool{}
	for i, ci := range d.CheckIns {
		t, ok := tasks[ci.TaskID]
		if !ok {
			return d, fmt.Errorf("checkins[%d]: task %d does not exist", i, ci.TaskID)
		}
		c, err := CleanCheckIn(ci)
		if err != nil {
			return d, fmt.Errorf("checkins[%d] (task %d): %w", i, ci.TaskID, err)
		}
		if seen[dayTask{c.Date, c.TaskID}] {
			return d, fmt.Errorf("checkins[%d]: task %d is checked in twice on %s", i, c.TaskID, c.Date)
		}
		if !t.Schedule().Recurring() {
			if onceDone[t.ID] {
				return d, fmt.Errorf("checkins[%d]: one-off task %d is checked in on more than one day", i, t.ID)
			}
			onceDone[t.ID] = true
		}
		seen[dayTask{c.Date, c.TaskID}] = true
		d.CheckIns[i] = c
	}
	days := map[Date]bool{}
	for i, r := range d.Reflections {
		c, err := CleanReflection(r)
		if err != nil {
			return d, fmt.Errorf("reflections[%d] (%s): %w", i, r.Date, err)
		}
		if days[c.Date] {
			return d, fmt.Errorf("reflections[%d]: two reflections on %s", i, c.Date)
		}
		days[c.Date] = true
		d.Reflections[i] = c
	}
	weeks := map[string]bool{}
	for i, r := range d.Reviews {
		c, err := CleanReview(r)
		if err != nil {
			return d, fmt.Errorf("reviews[%d] (%s): %w", i, r.Week, err)
		}
		if weeks[c.Week] {
			return d, fmt.Errorf("reviews[%d]: two reviews of %s", i, c.Week)
		}
		weeks[c.Week] = true
		d.Reviews[i] = c
	}
	graded := map[[2]Date]bool{}
	for i, e := range d.Recall {
		c, err := CleanRecallEntry(e)
		if err != nil {
			return d, fmt.Errorf("recall[%d] (%s on %s): %w", i, e.Card, e.Day, err)
		}
		if graded[[2]Date{c.Card, c.Day}] {
			return d, fmt.Errorf("recall[%d]: the card of %s is graded twice on %s", i, c.Card, c.Day)
		}
		graded[[2]Date{c.Card, c.Day}] = true
		d.Recall[i] = c
	}
	return d, nil
}
