namespace CrossRegion.Benchmarks;

internal sealed record LoadResult(
    string Name, int Concurrency, int Requests, int Errors, double Throughput, double P50, double P95, double P99, double Max);
