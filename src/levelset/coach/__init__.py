"""The coach's views across clients: who needs attention, and what the practice achieved.

Pure: values in, values out; the clock comes in as `today`.
"""
