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

// ParseCompetency accepts an id or a competency's name in either language
// the app speaks, long or short ("Technical depth", 技术深度, 深度), in any
// case and with spaces or hyphens alike.
func ParseCompetency(s string) (string, error) {
	v := strings.NewReplacer("-", " ", "_", " ", "&", " and ").Replace(fold(s))
	if c, ok := competencyWords[fold(v)]; ok {
		return c, nil
	}
	return "", &Problem{Rule: UnknownCompetency, Value: s}
}

// competencyWords are the ids and the names the app shows (content/coach),
// each also without its "technical" or "能力", as typed after fold with
// hyphens made spaces. A test in content reads every shown name back.
var competencyWords = map[string]string{
	"depth": Depth, "technical depth": Depth, "深度": Depth, "技术深度": Depth,
	"breadth": Breadth, "technical breadth": Breadth, "广度": Breadth, "技术广度": Breadth,
	"learning": Learning, "learning ability": Learning, "学习": Learning, "学习能力": Learning,
	"problem solving": ProblemSolving, "问题解决": ProblemSolving, "问题解决能力": ProblemSolving,
	"解决问题": ProblemSolving, "解决问题能力": ProblemSolving,
	"collaboration": Collaboration, "communication": Collaboration,
	"communication and collaboration": Collaboration, "沟通": Collaboration, "协作": Collaboration,
	"沟通协作": Collaboration, "沟通与协作": Collaboration, "沟通和协作": Collaboration,
	"沟通协作能力": Collaboration, "沟通与协作能力": Collaboration,
	"innovation": Innovation, "创新": Innovation, "创新能力": Innovation,
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
