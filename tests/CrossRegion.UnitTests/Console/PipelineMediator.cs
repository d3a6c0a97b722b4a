using System.Reflection;
using CrossRegion.Application.Reports.SubmitReport;
using FluentValidation;
using MediatR;

namespace CrossRegion.UnitTests.Console;

/// <summary>
/// The use cases' front door as a component sees it: every request is checked by the Application's own validators
/// (as the validation behaviour does), then answered by the test. The database is not in a component test.
/// </summary>
internal sealed class PipelineMediator(Func<object, object?> answer) : IMediator
{
    private static readonly Assembly Application = typeof(SubmitReportCommandValidator).Assembly;

    public List<object> Accepted { get; } = [];

    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        var validators = Application.GetTypes()
            .Where(t => !t.IsAbstract && typeof(IValidator<>).MakeGenericType(request.GetType()).IsAssignableFrom(t))
            .Select(t => (IValidator)Activator.CreateInstance(t)!);
        var failures = validators
            .SelectMany(v => v.Validate(new ValidationContext<object>(request)).Errors)
            .ToList();
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var response = answer(request);
        Accepted.Add(request);
        return Task.FromResult((TResponse)response!);
    }

    public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification => Task.CompletedTask;
}
