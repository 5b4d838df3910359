package model

import "fmt"

// Days says a number of days as a person would: "1 day", "0 days", "5 days".
func Days(n int) string {
	if n == 1 || n == -1 {
		return fmt.Sprintf("%d day", n)
	}
	return fmt.Sprintf("%d days", n)
}
