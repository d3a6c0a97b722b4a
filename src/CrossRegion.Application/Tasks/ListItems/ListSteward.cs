using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.ListItems;

internal static class ListSteward
{
    /// <summary>The list type the task is listed under, whose columns its fields follow.</summary>
    public static async Task<ListType> TypeOfAsync(IAppDbContext db, CoordinatedTask task, CancellationToken cancellationToken) =>
        await db.ListTypes.AsNoTracking().SingleOrDefaultAsync(l => l.ProgrammeCode == task.ProgrammeCode && l.Year == task.ListYear && l.Code == task.ListType, cancellationToken)
        ?? throw new DomainRuleException("field.no_list", Localized.Text(
            $"任务 {task.Key} 不在有自定义列的年度清单中。", $"Task {task.Key} is not on a yearly list with columns of its own."));
}
