package domain

import (
	"strings"
	"testing"
)

// A competency is typed by its id or by the name the app shows, in either
// language (content's tests read back every name shown).
func TestParseCompetency(t *testing.T) {
	for in, want := range map[string]string{
		"depth": Depth, " DEPTH ": Depth, "Technical depth": Depth, "深度": Depth, "技术深度": Depth,
		"技术广度": Breadth, "广度": Breadth, "Learning ability": Learning, "学习": Learning,
		"problem-solving": ProblemSolving, "Problem solving": ProblemSolving, "problem_solving": ProblemSolving,
		"问题解决能力": ProblemSolving, "解决问题": ProblemSolving,
		"Communication & collaboration": Collaboration, "communication and collaboration": Collaboration,
		"沟通协作能力": Collaboration, "协作": Collaboration, "创新": Innovation, "创新能力": Innovation,
		"ｄｅｐｔｈ": Depth, "ｐｒｏｂｌｅｍ－ｓｏｌｖｉｎｇ": ProblemSolving, "Communication ＆ collaboration": Collaboration,
	} {
		got, err := ParseCompetency(in)
		if err != nil || got != want {
			t.Errorf("ParseCompetency(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "depthx", "技术", "能力", "problem--solving x", "none"} {
		if got, err := ParseCompetency(in); err == nil || !strings.Contains(err.Error(), "unknown competency") {
			t.Errorf("ParseCompetency(%q) = %q, %v; want unknown competency", in, got, err)
		}
	}
}
