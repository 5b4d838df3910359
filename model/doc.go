// Package model holds dpodesk's domain types and rules: the record of processing
// activities (Art. 30), data subject rights requests and their statutory deadlines,
// processors (Art. 28), imported documents, findings and the vocabularies behind them.
//
// It imports nothing of dpodesk's own and only the standard library plus a holiday
// calendar, so every rule here can be table-tested without a database or a terminal.
package model
