using Bunit;
using CrossRegion.Api.WebConsole.Pages;
using CrossRegion.Application.Tasks.GetTaskActions;

namespace CrossRegion.UnitTests.Console;

/// <summary>
/// The task page shows the actions GET …/actions allows, and only those: per role, what a person is offered. (Which
/// actions each role is allowed is tested against the real rules in the functional tests, TaskActionsTests.)
/// </summary>
public sealed class TaskActionsShownTests
{
    public static TheoryData<string, TaskActionsDto, string[], string[]> Roles => new()
    {
        {
            "officer of an owning party",
            TaskSamples.Actions("WZ", report: true, comment: true, note: true, waive: false, (TaskSamples.Joint, true, true, true), (TaskSamples.WanzhouOnly, false, true, false)),
            ["report-button", "comment-form", "note-form", $"{TaskSamples.Joint}:会签", $"{TaskSamples.Joint}:申请延期", $"{TaskSamples.WanzhouOnly}:驳回", "ask-new", "ask:submit", "issue-new", "issue:withdraw"],
            [$"{TaskSamples.WanzhouOnly}:会签", $"{TaskSamples.WanzhouOnly}:申请延期", "issue:answer"]
        },
        {
            "participant city's coordinator",
            TaskSamples.Actions("YY", report: false, comment: true, note: true, waive: false, (TaskSamples.Joint, false, false, false), (TaskSamples.WanzhouOnly, false, false, false)),
            ["comment-form", "note-form", "ask-new", "issue-new"],
            ["report-button", "milestone-actions", "ask:submit", "ask:withdraw", "issue:withdraw", "issue:answer"]
        },
        {
            "joint office",
            TaskSamples.Actions(null, report: false, comment: true, note: false, waive: true, (TaskSamples.Joint, false, false, false), (TaskSamples.WanzhouOnly, false, false, false)),
            ["comment-form"],
            ["report-button", "note-form", "milestone-actions", "ask-new", "ask:submit", "issue-new", "issue:answer", "issue:withdraw"]
        },
        {
            "joint office running the programme",
            TaskSamples.Actions(null, report: false, comment: true, note: false, waive: true, (TaskSamples.Joint, false, false, false), (TaskSamples.WanzhouOnly, false, false, false)) with { MayEdit = true },
            ["comment-form", "ask-new", "ask:submit", "ask:withdraw", "issue:answer"],
            ["report-button", "note-form", "milestone-actions", "issue-new", "issue:withdraw"]
        },
        {
            "observer",
            TaskSamples.Actions(null, report: false, comment: false, note: false, waive: false, (TaskSamples.Joint, false, false, false), (TaskSamples.WanzhouOnly, false, false, false)),
            [],
            ["report-button", "comment-form", "note-form", "milestone-actions", "ask-new", "ask:submit", "issue-new", "issue:answer", "issue:withdraw"]
        },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task TaskPage_Should_OfferExactlyTheAllowedActions(string who, TaskActionsDto actions, string[] shown, string[] hidden)
    {
        using var context = ConsoleComponentContext.Create(new PipelineMediator(TaskSamples.Page(TaskSamples.Task(), actions)));

        var page = context.Render<TaskPage>(p => p.Add(t => t.Key, "WDK-2024-S1"));

        // Awaited, not blocking a pool thread: the theory's cases render in parallel with the rest of the assembly.
        await page.WaitForElementAsync(".console-facts", TimeSpan.FromSeconds(15));
        foreach (var element in shown)
        {
            Assert.True(Offers(page, element), $"{who} should be offered {element}.");
        }

        foreach (var element in hidden)
        {
            Assert.False(Offers(page, element), $"{who} should not be offered {element}.");
        }
    }

    // "testid", "ask:action" / "issue:action" (on the sample ask's or issue's row) or "milestone-id:button text".
    private static bool Offers(IRenderedComponent<TaskPage> page, string element)
    {
        if (element.StartsWith("ask:", StringComparison.Ordinal))
        {
            return page.FindAll($"[data-testid=asks] tr[data-ask='{TaskSamples.WanzhouAsk.Id}'] [data-action={element[4..]}]").Count > 0;
        }

        if (element.StartsWith("issue:", StringComparison.Ordinal))
        {
            return page.FindAll($"[data-testid=issues] tr[data-issue='{TaskSamples.WanzhouIssue.Id}'] [data-action={element[6..]}]").Count > 0;
        }

        if (!element.Contains(':', StringComparison.Ordinal))
        {
            return page.FindAll($"[data-testid={element}]").Count > 0;
        }

        var (milestone, button) = (element[..element.IndexOf(':', StringComparison.Ordinal)], element[(element.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        return page.FindAll($"[data-milestone='{milestone}'] [data-testid=milestone-actions] button").Any(b => b.TextContent.Trim() == button);
    }
}
