(define (problem plan_trial_T2605_train_005)
(:domain alfred)
(:objects
agent1 - agent
BedType - rtype
DeskType - rtype
DrawerType - rtype
DresserType - rtype
GarbageCanType - rtype
ShelfType - rtype
SideTableType - rtype
BookType - otype
CDType - otype
CellPhoneType - otype
DeskLampType - otype
KeyChainType - otype
PencilType - otype
StatueType - otype
WatchType - otype
DeskLamp_bar__minus_02_dot_10_bar__plus_01_dot_95_bar__minus_01_dot_58 - object
Pencil_bar__minus_00_dot_22_bar__plus_00_dot_28_bar__minus_00_dot_41 - object
KeyChain_bar__minus_02_dot_71_bar__plus_01_dot_09_bar__minus_02_dot_79 - object
CellPhone_bar__plus_00_dot_41_bar__plus_02_dot_12_bar__minus_02_dot_53 - object
Statue_bar__minus_00_dot_77_bar__plus_01_dot_43_bar__minus_02_dot_25 - object
Book_bar__plus_01_dot_86_bar__plus_00_dot_71_bar__minus_01_dot_22 - object
CD_bar__plus_02_dot_85_bar__plus_01_dot_22_bar__plus_01_dot_05 - object
Watch_bar__plus_00_dot_56_bar__plus_01_dot_54_bar__plus_02_dot_87 - object
Bed_bar__minus_00_dot_25_bar__plus_01_dot_65_bar__minus_00_dot_85 - receptacle
Desk_bar__minus_02_dot_60_bar__minus_01_dot_51_bar__minus_00_dot_59 - receptacle
SideTable_bar__minus_02_dot_02_bar__plus_02_dot_17_bar__plus_00_dot_40 - receptacle
SideTable_bar__minus_01_dot_67_bar__plus_02_dot_46_bar__minus_02_dot_28 - receptacle
Drawer_bar__minus_00_dot_80_bar__minus_01_dot_44_bar__minus_00_dot_29 - receptacle
Drawer_bar__plus_00_dot_78_bar__minus_01_dot_97_bar__plus_01_dot_40 - receptacle
Shelf_bar__plus_01_dot_76_bar__plus_01_dot_48_bar__plus_02_dot_83 - receptacle
Shelf_bar__plus_02_dot_58_bar__minus_00_dot_39_bar__plus_00_dot_01 - receptacle
Dresser_bar__plus_00_dot_53_bar__minus_02_dot_80_bar__plus_01_dot_58 - receptacle
GarbageCan_bar__minus_00_dot_38_bar__plus_01_dot_08_bar__minus_01_dot_83 - receptacle
loc_bar_0_bar_5_bar_2_bar_30 - location
loc_bar_12_bar_11_bar_0_bar_0 - location
loc_bar_1_bar_4_bar_3_bar_60 - location
loc_bar_7_bar_2_bar_2_bar_30 - location
loc_bar_7_bar__minus_8_bar_3_bar_30 - location
loc_bar_8_bar__minus_5_bar_2_bar_60 - location
loc_bar_9_bar_5_bar_3_bar_60 - location
loc_bar__minus_2_bar_4_bar_3_bar__minus_30 - location
loc_bar__minus_2_bar__minus_5_bar_0_bar_0 - location
loc_bar__minus_5_bar__minus_6_bar_3_bar_0 - location
loc_bar__minus_6_bar__minus_9_bar_2_bar__minus_30 - location
)
(:init
(atLocation agent1 loc_bar_12_bar_11_bar_0_bar_0)
(receptacleType Bed_bar__minus_00_dot_25_bar__plus_01_dot_65_bar__minus_00_dot_85 BedType)
(receptacleAtLocation Bed_bar__minus_00_dot_25_bar__plus_01_dot_65_bar__minus_00_dot_85 loc_bar_9_bar_5_bar_3_bar_60)
(receptacleType Desk_bar__minus_02_dot_60_bar__minus_01_dot_51_bar__minus_00_dot_59 DeskType)
(receptacleAtLocation Desk_bar__minus_02_dot_60_bar__minus_01_dot_51_bar__minus_00_dot_59 loc_bar_8_bar__minus_5_bar_2_bar_60)
(receptacleType SideTable_bar__minus_02_dot_02_bar__plus_02_dot_17_bar__plus_00_dot_40 SideTableType)
(receptacleAtLocation SideTable_bar__minus_02_dot_02_bar__plus_02_dot_17_bar__plus_00_dot_40 loc_bar_7_bar_2_bar_2_bar_30)
(receptacleType SideTable_bar__minus_01_dot_67_bar__plus_02_dot_46_bar__minus_02_dot_28 SideTableType)
(receptacleAtLocation SideTable_bar__minus_01_dot_67_bar__plus_02_dot_46_bar__minus_02_dot_28 loc_bar__minus_2_bar__minus_5_bar_0_bar_0)
(receptacleType Drawer_bar__minus_00_dot_80_bar__minus_01_dot_44_bar__minus_00_dot_29 DrawerType)
(receptacleAtLocation Drawer_bar__minus_00_dot_80_bar__minus_01_dot_44_bar__minus_00_dot_29 loc_bar__minus_5_bar__minus_6_bar_3_bar_0)
(openable Drawer_bar__minus_00_dot_80_bar__minus_01_dot_44_bar__minus_00_dot_29)
(receptacleType Drawer_bar__plus_00_dot_78_bar__minus_01_dot_97_bar__plus_01_dot_40 DrawerType)
(receptacleAtLocation Drawer_bar__plus_00_dot_78_bar__minus_01_dot_97_bar__plus_01_dot_40 loc_bar_1_bar_4_bar_3_bar_60)
(openable Drawer_bar__plus_00_dot_78_bar__minus_01_dot_97_bar__plus_01_dot_40)
(receptacleType Shelf_bar__plus_01_dot_76_bar__plus_01_dot_48_bar__plus_02_dot_83 ShelfType)
(receptacleAtLocation Shelf_bar__plus_01_dot_76_bar__plus_01_dot_48_bar__plus_02_dot_83 loc_bar__minus_6_bar__minus_9_bar_2_bar__minus_30)
(receptacleType Shelf_bar__plus_02_dot_58_bar__minus_00_dot_39_bar__plus_00_dot_01 ShelfType)
(receptacleAtLocation Shelf_bar__plus_02_dot_58_bar__minus_00_dot_39_bar__plus_00_dot_01 loc_bar__minus_2_bar_4_bar_3_bar__minus_30)
(receptacleType Dresser_bar__plus_00_dot_53_bar__minus_02_dot_80_bar__plus_01_dot_58 DresserType)
(receptacleAtLocation Dresser_bar__plus_00_dot_53_bar__minus_02_dot_80_bar__plus_01_dot_58 loc_bar_7_bar__minus_8_bar_3_bar_30)
(receptacleType GarbageCan_bar__minus_00_dot_38_bar__plus_01_dot_08_bar__minus_01_dot_83 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_00_dot_38_bar__plus_01_dot_08_bar__minus_01_dot_83 loc_bar_0_bar_5_bar_2_bar_30)
(canContain BedType BookType)
(canContain BedType CellPhoneType)
(canContain DeskType BookType)
(canContain DeskType CDType)
(canContain DeskType CellPhoneType)
(canContain DeskType KeyChainType)
(canContain DeskType PencilType)
(canContain DeskType StatueType)
(canContain DeskType WatchType)
(canContain DrawerType BookType)
(canContain DrawerType CDType)
(canContain DrawerType CellPhoneType)
(canContain DrawerType KeyChainType)
(canContain DrawerType PencilType)
(canContain DrawerType WatchType)
(canContain DresserType BookType)
(canContain DresserType CDType)
(canContain DresserType CellPhoneType)
(canContain DresserType KeyChainType)
(canContain DresserType PencilType)
(canContain DresserType StatueType)
(canContain DresserType WatchType)
(canContain GarbageCanType CDType)
(canContain GarbageCanType PencilType)
(canContain ShelfType BookType)
(canContain ShelfType CDType)
(canContain ShelfType CellPhoneType)
(canContain ShelfType KeyChainType)
(canContain ShelfType PencilType)
(canContain ShelfType StatueType)
(canContain ShelfType WatchType)
(canContain SideTableType BookType)
(canContain SideTableType CDType)
(canContain SideTableType CellPhoneType)
(canContain SideTableType KeyChainType)
(canContain SideTableType PencilType)
(canContain SideTableType StatueType)
(canContain SideTableType WatchType)
(objectType DeskLamp_bar__minus_02_dot_10_bar__plus_01_dot_95_bar__minus_01_dot_58 DeskLampType)
(inReceptacle DeskLamp_bar__minus_02_dot_10_bar__plus_01_dot_95_bar__minus_01_dot_58 Desk_bar__minus_02_dot_60_bar__minus_01_dot_51_bar__minus_00_dot_59)
(objectAtLocation DeskLamp_bar__minus_02_dot_10_bar__plus_01_dot_95_bar__minus_01_dot_58 loc_bar_8_bar__minus_5_bar_2_bar_60)
(toggleable DeskLamp_bar__minus_02_dot_10_bar__plus_01_dot_95_bar__minus_01_dot_58)
(objectType Pencil_bar__minus_00_dot_22_bar__plus_00_dot_28_bar__minus_00_dot_41 PencilType)
(inReceptacle Pencil_bar__minus_00_dot_22_bar__plus_00_dot_28_bar__minus_00_dot_41 Dresser_bar__plus_00_dot_53_bar__minus_02_dot_80_bar__plus_01_dot_58)
(objectAtLocation Pencil_bar__minus_00_dot_22_bar__plus_00_dot_28_bar__minus_00_dot_41 loc_bar_7_bar__minus_8_bar_3_bar_30)
(pickupable Pencil_bar__minus_00_dot_22_bar__plus_00_dot_28_bar__minus_00_dot_41)
(objectType KeyChain_bar__minus_02_dot_71_bar__plus_01_dot_09_bar__minus_02_dot_79 KeyChainType)
(inReceptacle KeyChain_bar__minus_02_dot_71_bar__plus_01_dot_09_bar__minus_02_dot_79 Desk_bar__minus_02_dot_60_bar__minus_01_dot_51_bar__minus_00_dot_59)
(objectAtLocation KeyChain_bar__minus_02_dot_71_bar__plus_01_dot_09_bar__minus_02_dot_79 loc_bar_8_bar__minus_5_bar_2_bar_60)
(pickupable KeyChain_bar__minus_02_dot_71_bar__plus_01_dot_09_bar__minus_02_dot_79)
(objectType CellPhone_bar__plus_00_dot_41_bar__plus_02_dot_12_bar__minus_02_dot_53 CellPhoneType)
(inReceptacle CellPhone_bar__plus_00_dot_41_bar__plus_02_dot_12_bar__minus_02_dot_53 Shelf_bar__plus_01_dot_76_bar__plus_01_dot_48_bar__plus_02_dot_83)
(objectAtLocation CellPhone_bar__plus_00_dot_41_bar__plus_02_dot_12_bar__minus_02_dot_53 loc_bar__minus_6_bar__minus_9_bar_2_bar__minus_30)
(pickupable CellPhone_bar__plus_00_dot_41_bar__plus_02_dot_12_bar__minus_02_dot_53)
(objectType Statue_bar__minus_00_dot_77_bar__plus_01_dot_43_bar__minus_02_dot_25 StatueType)
(inReceptacle Statue_bar__minus_00_dot_77_bar__plus_01_dot_43_bar__minus_02_dot_25 SideTable_bar__minus_02_dot_02_bar__plus_02_dot_17_bar__plus_00_dot_40)
(objectAtLocation Statue_bar__minus_00_dot_77_bar__plus_01_dot_43_bar__minus_02_dot_25 loc_bar_7_bar_2_bar_2_bar_30)
(pickupable Statue_bar__minus_00_dot_77_bar__plus_01_dot_43_bar__minus_02_dot_25)
(objectType Book_bar__plus_01_dot_86_bar__plus_00_dot_71_bar__minus_01_dot_22 BookType)
(inReceptacle Book_bar__plus_01_dot_86_bar__plus_00_dot_71_bar__minus_01_dot_22 Drawer_bar__plus_00_dot_78_bar__minus_01_dot_97_bar__plus_01_dot_40)
(objectAtLocation Book_bar__plus_01_dot_86_bar__plus_00_dot_71_bar__minus_01_dot_22 loc_bar_1_bar_4_bar_3_bar_60)
(pickupable Book_bar__plus_01_dot_86_bar__plus_00_dot_71_bar__minus_01_dot_22)
(objectType CD_bar__plus_02_dot_85_bar__plus_01_dot_22_bar__plus_01_dot_05 CDType)
(inReceptacle CD_bar__plus_02_dot_85_bar__plus_01_dot_22_bar__plus_01_dot_05 Drawer_bar__plus_00_dot_78_bar__minus_01_dot_97_bar__plus_01_dot_40)
(objectAtLocation CD_bar__plus_02_dot_85_bar__plus_01_dot_22_bar__plus_01_dot_05 loc_bar_1_bar_4_bar_3_bar_60)
(pickupable CD_bar__plus_02_dot_85_bar__plus_01_dot_22_bar__plus_01_dot_05)
(objectType Watch_bar__plus_00_dot_56_bar__plus_01_dot_54_bar__plus_02_dot_87 WatchType)
(inReceptacle Watch_bar__plus_00_dot_56_bar__plus_01_dot_54_bar__plus_02_dot_87 Shelf_bar__plus_01_dot_76_bar__plus_01_dot_48_bar__plus_02_dot_83)
(objectAtLocation Watch_bar__plus_00_dot_56_bar__plus_01_dot_54_bar__plus_02_dot_87 loc_bar__minus_6_bar__minus_9_bar_2_bar__minus_30)
(pickupable Watch_bar__plus_00_dot_56_bar__plus_01_dot_54_bar__plus_02_dot_87)
)
(:goal
             (and
                 (exists (?ot - object
                          ?r - receptacle
                          ?a - agent
                          ?l - location)
                     (and
                         (objectType ?ot DeskLampType)
                         (toggleable ?ot)
                         (isToggled ?ot)
                         (receptacleAtLocation ?r ?l)
                         (atLocation ?a ?l)
                         (inReceptacle ?ot ?r)
                     )
                 )
                 (exists (?o - object
                          ?a - agent)
                     (and
                         (objectType ?o PencilType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
