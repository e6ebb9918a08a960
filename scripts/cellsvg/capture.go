package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var sgr = regexp.MustCompile(`\x1b\[([0-9;:]*)m`)

// explicitDefaults rewrites a tmux capture's "default colour" codes (SGR 39
// and 49) as the colours themselves, fg and bg ("#rrggbb"). freeze skips
// 39 and 49, so text after a coloured border or a highlighted row would
// keep that colour to the end of the line; a colour set outright it
// follows.
func explicitDefaults(capture []byte, fg, bg string) ([]byte, error) {
	fgSGR, err := rgbParams("38", fg)
	if err != nil {
		return nil, err
	}
	bgSGR, err := rgbParams("48", bg)
	if err != nil {
		return nil, err
	}
	return sgr.ReplaceAllFunc(capture, func(seq []byte) []byte {
		params := strings.Split(string(sgr.FindSubmatch(seq)[1]), ";")
		var out []string
		for i := 0; i < len(params); i++ {
			switch p := params[i]; p {
			case "38", "48": // a colour's own numbers may read 39 or 49
				n := 0
				if i+1 < len(params) {
					switch params[i+1] {
					case "5":
						n = 2
					case "2":
						n = 4
					}
				}
				n = min(n, len(params)-1-i)
				out = append(out, params[i:i+1+n]...)
				i += n
			case "39":
				out = append(out, fgSGR)
			case "49":
				out = append(out, bgSGR)
			default:
				out = append(out, p)
			}
		}
		return []byte("\x1b[" + strings.Join(out, ";") + "m")
	}), nil
}

// rgbParams is the SGR parameters that set colour "#rrggbb" as the
// foreground (lead 38) or the background (lead 48).
func rgbParams(lead, color string) (string, error) {
	v, err := strconv.ParseUint(strings.TrimPrefix(color, "#"), 16, 32)
	if err != nil || len(color) != 7 || color[0] != '#' {
		return "", fmt.Errorf("colour %q: want #rrggbb", color)
	}
	return fmt.Sprintf("%s;2;%d;%d;%d", lead, v>>16, v>>8&0xff, v&0xff), nil
}
