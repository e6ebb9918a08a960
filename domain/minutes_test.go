package domain

import "testing"

func TestParseMinutes(t *testing.T) {
	for in, want := range map[string]int{
		"30": 30, " 30 ": 30, "３０": 30, "30m": 30, "30 min": 30, "30 minutes": 30,
		"30分钟": 30, "30 分钟": 30, "３０分": 30, "0": 0, "1440": 1440, "99999": 99999, "-5": -5,
	} {
		if got, ok := ParseMinutes(in); !ok || got != want {
			t.Errorf("ParseMinutes(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "m", "分钟", "-", "--5", "3.5", "thirty", "30 30", "1e3", "9999999", "30h", "+30"} {
		if got, ok := ParseMinutes(in); ok {
			t.Errorf("ParseMinutes(%q) = %d, accepted", in, got)
		}
	}
}
