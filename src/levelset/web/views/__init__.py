"""One module per page: each holds the view (one function returning the page's data), the
page's HTML-only extras (charts), and the form handlers that change what the page shows."""
