using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.ListTasks;
using MediatR;

namespace CrossRegion.Application.Tasks.ExportLedger;

/// <summary>
/// The ledger the caller may see under the list's filters, every page of it, in the layout of the official annex
/// (序号, 项目名称, 建设时限, 主要内容, 年度目标任务, 责任单位, 备注) with the ledger's own columns beside it. The target column is
/// that of <see cref="ListTasksQuery.Year"/>, else of the current year (Asia/Shanghai).
/// </summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ExportLedgerQuery(ListTasksQuery Filters) : IRequest<LedgerSheetDto>;
