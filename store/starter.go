package store

import (
	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// GoalPlan is a goal to add with the tasks that serve it.
type GoalPlan struct {
	Goal  domain.Goal
	Tasks []domain.Task
}

// AddPlans adds goals with their tasks, and tasks without a goal (a plan
// whose Goal has an empty title), in one transaction: picking starters in
// the welcome is one action. The one-off tasks are spread over the week
// from their due date, so a new user's first day is not all of them at
// once. Every record is checked before anything is written. It returns the
// ids of the added goals and tasks.
func (s *Store) AddPlans(plans []GoalPlan) (goalIDs, taskIDs []uint64, err error) {
	created := domain.Stamp(s.now())
	spreadOverWeek(plans)
	for i := range plans {
		p := &plans[i]
		if p.Goal.Title != "" {
			p.Goal.Status = ""
			if p.Goal, err = domain.CleanGoal(p.Goal); err != nil {
				return nil, nil, err
			}
		}
		for j := range p.Tasks {
			t := &p.Tasks[j]
			if p.Goal.Title != "" {
				t.Competency = p.Goal.Competency
			}
			t.Archived, t.ArchivedOn = false, 0
			if *t, err = domain.CleanTask(*t); err != nil {
				return nil, nil, err
			}
		}
	}
	err = s.update(func(tx *bolt.Tx) error {
		goals, tasks := tx.Bucket(bGoals), tx.Bucket(bTasks)
		for _, p := range plans {
			var goalID uint64
			if p.Goal.Title != "" {
				id, err := nextID(goals, "goal")
				if err != nil {
					return err
				}
				g := p.Goal
				g.ID, g.GID, g.Created, goalID = id, domain.NewGID(), created, id
				if err := putGoal(tx, g); err != nil {
					return err
				}
				goalIDs = append(goalIDs, id)
			}
			for _, t := range p.Tasks {
				id, err := nextID(tasks, "task")
				if err != nil {
					return err
				}
				t.ID, t.GID, t.GoalID, t.Created = id, domain.NewGID(), goalID, created
				if err := putTask(tx, t, nil); err != nil {
					return err
				}
				taskIDs = append(taskIDs, id)
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return goalIDs, taskIDs, nil
}

// spreadOverWeek moves the i-th of n one-off tasks i·7/n days past its due
// date: evenly over seven days, the first one left where it was.
func spreadOverWeek(plans []GoalPlan) {
	var once []*domain.Task
	for i := range plans {
		for j := range plans[i].Tasks {
			if t := &plans[i].Tasks[j]; !t.Schedule().Recurring() && !t.Due.IsZero() {
				once = append(once, t)
			}
		}
	}
	for i, t := range once {
		t.Due += domain.Date(i * 7 / len(once))
	}
}
