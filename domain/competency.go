package domain

import (
	"strings"
)

// The six competency ids. They are stable: the command line and the export
// format use them.
const (
	Depth          = "depth"
	Breadth        = "breadth"
	Learning       = "learning"
	ProblemSolving = "problem-solving"
	Collaboration  = "collaboration"
	Innovation     = "innovation"
)

// Competencies lists the ids in the handbook's order.
var Competencies = []string{Depth, Breadth, Learning, ProblemSolving, Collaboration, Innovation}

// ParseCompetency accepts an id (case-insensitive).
func ParseCompetency(s string) (string, error) {
	v := strings.ToLower(strings.TrimSpace(s))
	for _, c := range Competencies {
		if v == c {
			return c, nil
		}
	}
	return "", &Problem{Rule: UnknownCompetency, Value: s}
}

// CompetencyIndex returns the position of id in Competencies, or -1.
func CompetencyIndex(id string) int {
	for i, c := range Competencies {
		if c == id {
			return i
		}
	}
	return -1
}
