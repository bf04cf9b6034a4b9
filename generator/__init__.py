"""A compiler from OpenAPI documents to typed Python clients: load → IR → render → format → write."""
