using System.Text.Json;
using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Bulletins.Common;
using CrossRegion.Application.Common.Behaviours;
using CrossRegion.Application.Tasks.GetTask;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.Application;

public static class DependencyInjection
{
    /// <summary>
    /// MediatR 5.1.0 has no DI package here: the mediator, handlers and behaviours are registered by hand.
    /// Behaviours run in registration order: authorization first, then a programme's stewardship, the text rule, validation.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = typeof(DependencyInjection).Assembly;
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(RequiredActionBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(StewardshipBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TextInputBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(IsHandlerContract))
            {
                services.AddScoped(contract, type);
            }
        }

        // Field names in errors are the JSON names callers send (snake_case).
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = ValidatorOptions.Global.PropertyNameResolver;

        // A field's rules stop at its first failure: a later rule may rely on an earlier one (NotEmpty before a Must
        // that reads the list), and a caller is told one thing per field to fix.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        // Validators hold no state: one instance each serves every request.
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton);

        services.AddScoped<PasswordSignIn>();
        services.AddScoped<PartyJudge>();
        services.AddScoped<BulletinBuilder>();
        services.AddScoped<Dashboard.GetDashboard.DashboardAggregates>();
        services.AddSingleton<Dashboard.GetDashboard.DashboardFigures>();
        services.AddScoped<TaskDetailReader>();
        services.AddScoped<Tasks.ListItems.ListItemReader>();
        services.AddScoped<Indicators.Common.IndicatorReader>();
        services.AddScoped<Evaluations.Runs.EvaluationReader>();
        services.AddScoped<Meetings.MeetingReader>();
        services.AddOptions<AuthOptions>();
        return services;
    }

    private static bool IsHandlerContract(Type contract) =>
        contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IRequestHandler<,>);
}
