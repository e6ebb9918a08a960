package domain

import (
	"strconv"
	"strings"
)

// minuteUnits are the words a typed number of minutes may end with, as the
// lists show minutes ("30m", "30 分钟") or as people write them.
var minuteUnits = []string{"minutes", "minute", "mins", "min", "m", "分钟", "分"}

// ParseMinutes reads minutes as typed in a form: digits, full-width ones
// too, optionally followed by a unit ("30", "３０", "30m", "30 分钟").
// ok is false for anything else; the range (and a sign) is CheckMinutes'
// to judge.
func ParseMinutes(s string) (n int, ok bool) {
	v := fold(s)
	for _, u := range minuteUnits {
		if rest, cut := strings.CutSuffix(v, u); cut && rest != "" {
			v = strings.TrimSpace(rest)
			break
		}
	}
	digits := strings.TrimPrefix(v, "-") // a negative count reads, for CheckMinutes to refuse by name
	if digits == "" || strings.Trim(digits, "0123456789") != "" || len(digits) > 6 {
		return 0, false
	}
	n, err := strconv.Atoi(v)
	return n, err == nil
}
